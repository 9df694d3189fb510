/**
 * Backups that happen: the export file's name, recording that a backup left the device, and
 * deciding when home should remind the facilitator (the file itself is made by
 * screens/data/export-file.ts, so home does not load the bundle code).
 *
 * The reminder counts from the oldest change not yet in an export (`changes` after
 * `lastExportAt`), not from the export itself: a tablet that exported a month ago and recorded
 * nothing since has nothing at risk, while one session recorded eight days ago and never exported
 * is eight days of work that one lost tablet would take away. No change at all means no data, and
 * nothing to remind.
 */
import type { LenteraDB } from '../../../shared/db/database';
import { withDbErrors } from '../../../shared/db/map-db-error';
import { readSetting, writeSetting } from '../../../shared/db/settings';
import { localDate } from '../../../shared/model/clock';
import type { Instant } from '../../../shared/model/types';
import { BUNDLE_EXTENSION } from '../platform/share';

const DAY_MS = 24 * 60 * 60 * 1000;
export const REMINDER_CHOICES = [1, 3, 7, 14, 30] as const;

/** `lentera-rina-pendamping-2026-11-29.lentera`: who and when, safe on every file system. */
export function exportFileName(profileName: string, date: Date): string {
  const slug = profileName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `lentera-${slug || 'data'}-${localDate(date)}${BUNDLE_EXTENSION}`;
}

/**
 * Records that a file holding EVERYTHING left the device (shared or downloaded): the reminder
 * starts over. A partial export (date range, groups) is not a backup and is not recorded. Written
 * straight to the setting the core's `markExported` writes, so home does not load the bundle code.
 */
export async function recordBackup(db: LenteraDB, at: Date): Promise<void> {
  await writeSetting(db, 'lastExportAt', at.toISOString());
}

export interface BackupState {
  readonly lastExportAt: Instant | null;
  /** When the oldest change not yet exported was made; null when everything is exported (or nothing exists). */
  readonly unexportedSince: Instant | null;
  /** Whole days since `unexportedSince`. */
  readonly days: number;
  readonly reminderDays: number;
  readonly due: boolean;
}

export async function readBackupState(db: LenteraDB, now: Date): Promise<BackupState> {
  const [lastExportAt, reminderDays] = await Promise.all([
    readSetting(db, 'lastExportAt'),
    readSetting(db, 'backupReminderDays'),
  ]);
  const oldest = await withDbErrors(() =>
    db.changes
      .where('at')
      .above(lastExportAt ?? '')
      .first(),
  );
  const unexportedSince = oldest?.at ?? null;
  const days = unexportedSince === null ? 0 : Math.floor((now.getTime() - Date.parse(unexportedSince)) / DAY_MS);
  return { lastExportAt, unexportedSince, days, reminderDays, due: unexportedSince !== null && days >= reminderDays };
}

export async function setReminderDays(db: LenteraDB, days: number): Promise<void> {
  await writeSetting(db, 'backupReminderDays', days);
}
