/**
 * The extension's own database (its origin's IndexedDB: records, photos, form maps and the fill
 * ledger) as the background opens it — once, shared by every handler — and the write context
 * that stamps ledger rows with this install's device id.
 */
import type { LenteraDB } from '../../../shared/db/database';
import { openDb } from '../../../shared/db/database';
import { ensureDeviceId } from '../../../shared/db/device-id';
import type { WriteContext } from '../../../shared/db/write';
import { systemClock } from '../../../shared/model/clock';

let opening: Promise<LenteraDB> | null = null;
let context: Promise<WriteContext> | null = null;

/** The background's one connection to the extension's database. */
export function extensionDb(): Promise<LenteraDB> {
  opening ??= openDb().catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Write context for the extension's database (device id made once and kept). */
export function extensionWriteContext(): Promise<WriteContext> {
  context ??= extensionDb()
    .then(async (db) => ({ db, deviceId: await ensureDeviceId(db), clock: systemClock }))
    .catch((error: unknown) => {
      context = null;
      throw error;
    });
  return context;
}
