/**
 * Writes generated facilitators into the app's own IndexedDB (`lentera`, schema v1 through the
 * app's LenteraDB class), one facilitator per transaction with big bulkPut batches.
 *
 * Seeding is set-up, not a measured user action, so it skips what a user's write does on purpose
 * (`shared/db/write.ts` also appends to `changes`): 1.8 million change rows would double the
 * seeding time of a state a supervisor's device reaches through imports anyway. The settings a
 * set-up device has (device id, profile, language) are written so the app opens on its home screen.
 */
import { LenteraDB } from '../../shared/db/database';
import { generateFacilitator, type Scale } from './generate';

export interface SeedResult {
  readonly ms: number;
  readonly generateMs: number;
  readonly writeMs: number;
  readonly counts: { groups: number; members: number; sessions: number; attendance: number };
  readonly groupIds: readonly string[];
  readonly todayRunningId: string | null;
  readonly todayPlannedId: string | null;
}

export async function openBenchDb(name = 'lentera'): Promise<LenteraDB> {
  // Relaxed durability for set-up writes only; the app's own writes keep Chromium's default.
  const db = new LenteraDB(name, { chromeTransactionDurability: 'relaxed' });
  await db.open();
  return db;
}

/**
 * Writes facilitators `[from, to)` of `scale` (all by default), so a caller can seed in slices and
 * stop when a time budget runs out. The device settings are written with the first slice.
 */
export async function seed(
  scale: Scale,
  options: { role: 'facilitator' | 'supervisor'; from?: number; to?: number },
): Promise<SeedResult> {
  const from = options.from ?? 0;
  const to = Math.min(options.to ?? scale.facilitators, scale.facilitators);
  const db = await openBenchDb();
  const started = performance.now();
  let generateMs = 0;
  let writeMs = 0;
  const counts = { groups: 0, members: 0, sessions: 0, attendance: 0 };
  const groupIds: string[] = [];
  let todayRunningId: string | null = null;
  let todayPlannedId: string | null = null;
  if (from === 0) {
    await db.settings.bulkPut([
      { key: 'deviceId', value: 'bench-device-0000', updatedAt: new Date().toISOString() },
      {
        key: 'profile',
        value: { name: 'Rina Pendamping', region: 'Kab. Bogor', role: options.role },
        updatedAt: new Date().toISOString(),
      },
      { key: 'lang', value: 'id', updatedAt: new Date().toISOString() },
    ]);
  }
  for (let f = from; f < to; f++) {
    const t0 = performance.now();
    const rows = generateFacilitator(scale, f);
    const t1 = performance.now();
    await db.transaction('rw', [db.groups, db.members, db.sessions, db.attendance], async () => {
      await db.groups.bulkPut(rows.groups);
      await db.members.bulkPut(rows.members);
      await db.sessions.bulkPut(rows.sessions);
      await db.attendance.bulkPut(rows.attendance);
    });
    writeMs += performance.now() - t1;
    generateMs += t1 - t0;
    counts.groups += rows.groups.length;
    counts.members += rows.members.length;
    counts.sessions += rows.sessions.length;
    counts.attendance += rows.attendance.length;
    groupIds.push(...rows.groups.map((g) => g.id));
    todayRunningId ??= rows.todayRunningId;
    todayPlannedId ??= rows.todayPlannedId;
  }
  db.close();
  return {
    ms: performance.now() - started,
    generateMs,
    writeMs,
    counts,
    groupIds,
    todayRunningId,
    todayPlannedId,
  };
}
