/**
 * Every shipped schema version, with data in it, opens under the current code with every record
 * intact. For each fixture `tests/fixtures/db/v<N>.json` the test builds a database at version N
 * from that version's own schema (as it shipped), fills every store, closes it, then opens it with
 * `openDb` (running every upgrade since) and compares each store row by row.
 *
 * Version 2 (the supervisor's stores) has v2.json, made by make-v2-fixture.ts; so a version 1
 * database is upgraded to 2 with every record kept, and a version 2 database opens as it is.
 * Adding version 3: export `SCHEMA_V3` from database.ts, add it to SHIPPED_SCHEMAS, and write
 * v3.json with a copy of make-v2-fixture.ts. If an upgrade deliberately transforms data, state the
 * expected rows for the older fixtures in EXPECTED_AFTER_UPGRADE rather than weakening the check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb, SCHEMA_V1, SCHEMA_V2 } from '../../shared/db/database';
import { type DbFixture, encodeRows, reviveRows } from '../fixtures/db/db-fixture';

/** The schema of each shipped version, exactly as it shipped. */
const SHIPPED_SCHEMAS: Readonly<Record<number, Readonly<Record<string, string>>>> = {
  1: SCHEMA_V1,
  2: SCHEMA_V2,
};

/** Stores whose rows an upgrade rewrites on purpose: fixture version → store → expected rows. */
const EXPECTED_AFTER_UPGRADE: Readonly<Record<number, Readonly<Record<string, readonly unknown[]>>>> = {};

const fixtureDir = new URL('../fixtures/db/', import.meta.url);
const fixtures = readdirSync(fixtureDir)
  .map((file) => /^v(\d+)\.json$/.exec(file))
  .filter((match): match is RegExpExecArray => match !== null)
  .map((match) => ({ file: match[0], version: Number(match[1]) }))
  .sort((a, b) => a.version - b.version);

function loadFixture(file: string): DbFixture {
  return JSON.parse(readFileSync(new URL(file, fixtureDir), 'utf8')) as DbFixture;
}

/** All stores the version declares, cumulative over the versions up to it (Dexie's own rule). */
function storesUpTo(version: number): Record<string, string> {
  const stores: Record<string, string> = {};
  for (let v = 1; v <= version; v++) Object.assign(stores, SHIPPED_SCHEMAS[v] ?? {});
  return stores;
}

/** Rows compared as a set: the store returns them in key order, the fixture in creation order. */
function inAnyOrder(rows: readonly unknown[]): unknown[] {
  return [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe('database migrations', () => {
  it('has a fixture and a schema for every shipped version', async () => {
    const db = await openDb(`migrations-current-${Math.random()}`);
    const current = db.verno;
    db.close();
    expect(fixtures.map((fixture) => fixture.version)).toEqual(Array.from({ length: current }, (_, i) => i + 1));
    for (let version = 1; version <= current; version++) expect(SHIPPED_SCHEMAS[version]).toBeDefined();
  });

  for (const { file, version } of fixtures) {
    it(`opens a version ${version} database (${file}) with every record intact`, async () => {
      const fixture = loadFixture(file);
      expect(fixture.version).toBe(version);
      const schema = storesUpTo(version);
      expect(Object.keys(fixture.stores).sort(), 'the fixture fills every store of its version').toEqual(
        Object.keys(schema).sort(),
      );

      const name = `migrations-v${version}-${Math.random()}`;
      const old = new Dexie(name);
      for (let v = 1; v <= version; v++) old.version(v).stores(SHIPPED_SCHEMAS[v] ?? {});
      await old.open();
      for (const [store, rows] of Object.entries(fixture.stores)) {
        expect(rows.length, `${store} has rows`).toBeGreaterThan(0);
        await old.table(store).bulkAdd(reviveRows(rows));
      }
      old.close();

      const db = await openDb(name);
      for (const [store, rows] of Object.entries(fixture.stores)) {
        const expected = EXPECTED_AFTER_UPGRADE[version]?.[store] ?? rows;
        const actual = await encodeRows(await db.table(store).toArray());
        expect(inAnyOrder(actual), `${store} after opening a v${version} database`).toEqual(inAnyOrder(expected));
      }
      // Stores added by later versions exist after the upgrade, empty.
      for (const store of Object.keys(storesUpTo(db.verno))) {
        if (!(store in fixture.stores)) expect(await db.table(store).count(), `${store} after upgrade`).toBe(0);
      }
      expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(storesUpTo(db.verno)).sort());
      db.close();
    });
  }
});
