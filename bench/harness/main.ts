/**
 * The in-browser benchmark harness: built by bench/lib/build.mjs into one script, served at
 * `/__bench/harness.js` beside the PWA (same origin, so it writes the app's own IndexedDB), and
 * driven from Node with `page.evaluate(() => window.lenteraBench.…)`.
 */
import type { LenteraDB } from '../../shared/db/database';
import { exportAll, importLast } from './bundle-bench';
import { FACILITATOR_SCALE, generateFacilitator, type Scale, SUPERVISOR_SCALE } from './generate';
import { attendanceReads, catchUp, memberCounts, monthReport, openGroup } from './measures';
import { openBenchDb, seed } from './seed';

let shared: LenteraDB | null = null;
async function db(): Promise<LenteraDB> {
  shared ??= await openBenchDb();
  return shared;
}

const api = {
  scales: { facilitator: FACILITATOR_SCALE, supervisor: SUPERVISOR_SCALE },
  seed: (scale: Scale, role: 'facilitator' | 'supervisor', from?: number, to?: number) =>
    seed(scale, { role, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }),
  openGroup: async (groupId: string) => openGroup(await db(), groupId),
  catchUp: async (groupId: string) => catchUp(await db(), groupId),
  monthReport: async (month: string) => monthReport(await db(), month),
  attendanceReads: async (groupId: string) => attendanceReads(await db(), groupId),
  memberCounts: async () => memberCounts(await db()),
  exportAll: async () => exportAll(await db()),
  importLast,
  /** SHA-256 of facilitator `f`'s generated rows: equal across runs means the same database. */
  fingerprint: async (scale: Scale, f = 0) => {
    const bytes = new TextEncoder().encode(JSON.stringify(generateFacilitator(scale, f)));
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return Array.from(digest.slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
  },
  /** Drops the cached connection (before another page upgrades or deletes the database). */
  close: () => {
    shared?.close();
    shared = null;
  },
};

export type BenchApi = typeof api;
(globalThis as unknown as { lenteraBench: BenchApi }).lenteraBench = api;
