/**
 * Full bundle export and import at supervisor scale, through shared/bundle exactly as the data
 * screen calls it: `exportBundle` with scope `all` (verified by reading it back, the default), then
 * `readBundle` + `applyImport` into a second, empty database of this origin (as a supervisor's
 * laptop receiving the file). The exported bytes stay in the page between the two steps.
 */
import { applyImport, exportBundle, readBundle } from '../../shared/bundle';
import { type LenteraDB, openDb } from '../../shared/db/database';
import { systemClock } from '../../shared/model/clock';

export const IMPORT_DB = 'lentera-bench-import';

let lastExport: Uint8Array | null = null;

export async function exportAll(db: LenteraDB): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  lastExport = await exportBundle(db, {
    scope: { kind: 'all' },
    facilitator: { name: 'Supervisor Bench', region: 'Kab. Bogor', role: 'supervisor' },
    clock: systemClock,
  });
  return { ms: performance.now() - t0, bytes: lastExport.byteLength };
}

export async function importLast(): Promise<{ readMs: number; applyMs: number; rows: number; writes: number }> {
  if (lastExport === null) throw new Error('export first');
  await deleteDatabase(IMPORT_DB);
  const db = await openDb(IMPORT_DB);
  try {
    const t0 = performance.now();
    const parsed = await readBundle(lastExport);
    const t1 = performance.now();
    const result = await applyImport({ db, deviceId: 'bench-import-device', clock: systemClock }, parsed);
    const applyMs = performance.now() - t1;
    const rows = Object.values(parsed.tables).reduce((sum, rows) => sum + rows.length, 0);
    return { readMs: t1 - t0, applyMs, rows, writes: result.writes };
  } finally {
    db.close();
    lastExport = null;
  }
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}
