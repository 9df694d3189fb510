/**
 * When home reminds the facilitator to back up (pwa/src/data/backup.ts): counted from the oldest
 * change not yet in an export, with the chosen number of days; nothing to remind without data or
 * when everything is exported. And the file name a backup gets.
 */
import { describe, expect, it } from 'vitest';
import { exportFileName, readBackupState, recordBackup, setReminderDays } from '../../pwa/src/data/backup';
import { openDb } from '../../shared/db/database';
import { readSetting } from '../../shared/db/settings';
import { putRow, type WriteContext } from '../../shared/db/write';
import { makeGroup } from './factories';

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2026-03-01T08:00:00.000Z');
const later = (days: number) => new Date(T0.getTime() + days * DAY);

async function context(): Promise<WriteContext & { set(date: Date): void }> {
  let now = T0;
  const db = await openDb(`backup-${Math.random()}`);
  return { db, deviceId: 'device-a', clock: { now: () => now }, set: (date) => (now = date) };
}

describe('backup reminder', () => {
  it('has nothing to remind when there is no data', async () => {
    const ctx = await context();
    expect(await readBackupState(ctx.db, later(100))).toMatchObject({ due: false, unexportedSince: null, days: 0 });
  });

  it('reminds once the oldest change not exported is as old as the chosen days', async () => {
    const ctx = await context();
    await putRow(ctx, 'groups', makeGroup());
    expect(await readBackupState(ctx.db, later(6.9))).toMatchObject({ due: false, days: 6, reminderDays: 7 });
    expect(await readBackupState(ctx.db, later(7))).toMatchObject({
      due: true,
      days: 7,
      lastExportAt: null,
      unexportedSince: T0.toISOString(),
    });
    await setReminderDays(ctx.db, 14);
    expect(await readBackupState(ctx.db, later(10))).toMatchObject({ due: false, reminderDays: 14 });
    await expect(setReminderDays(ctx.db, 0)).rejects.toThrow();
  });

  it('starts over after a backup, and counts again from the first change after it', async () => {
    const ctx = await context();
    await putRow(ctx, 'groups', makeGroup());
    await recordBackup(ctx.db, later(8));
    expect(await readSetting(ctx.db, 'lastExportAt')).toBe(later(8).toISOString());
    // A month later with nothing recorded since: nothing is at risk.
    expect(await readBackupState(ctx.db, later(40))).toMatchObject({ due: false, unexportedSince: null });
    ctx.set(later(41));
    await putRow(ctx, 'groups', makeGroup({ name: 'Kelompok Mawar' }));
    expect(await readBackupState(ctx.db, later(47))).toMatchObject({ due: false, days: 6 });
    expect(await readBackupState(ctx.db, later(48))).toMatchObject({ due: true, days: 7 });
  });
});

describe('export file name', () => {
  it('names who and the local date, safe on any file system', () => {
    const date = new Date(2026, 10, 29, 8, 14);
    expect(exportFileName('Rina Pendamping', date)).toBe('lentera-rina-pendamping-2026-11-29.lentera');
    expect(exportFileName('Ibu Sâri / Kab. Bogor <b>', date)).toBe('lentera-ibu-sari-kab-bogor-b-2026-11-29.lentera');
    expect(exportFileName('???', date)).toBe('lentera-data-2026-11-29.lentera');
  });
});
