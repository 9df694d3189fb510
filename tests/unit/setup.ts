// Every unit test file gets a fresh in-memory IndexedDB.
import 'fake-indexeddb/auto';
