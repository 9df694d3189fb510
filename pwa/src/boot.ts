/**
 * Start-up, wired by hand: open the database, make sure the device has an id, read the settings.
 * Everything the screens need arrives through `Services`; nothing else reaches for globals.
 */
import { type LenteraDB, openDb } from '../../shared/db/database';
import { ensureDeviceId } from '../../shared/db/device-id';
import { type Profile, readSetting } from '../../shared/db/settings';
import type { WriteContext } from '../../shared/db/write';
import type { Lang } from '../../shared/i18n/translate';
import { systemClock } from '../../shared/model/clock';
import { browserMarkerStore, wasStorageLost } from './data/storage-guard';

export interface Services {
  readonly db: LenteraDB;
  readonly write: WriteContext;
  readonly initialLang: Lang;
  readonly initialProfile: Profile | null;
  /** The browser emptied the database this device used to hold (see data/storage-guard.ts). */
  readonly storageLost: boolean;
}

export async function boot(): Promise<Services> {
  const db = await openDb();
  // Before ensureDeviceId: an emptied database would get a new id and pass for a first run.
  const storageLost = await wasStorageLost(db, browserMarkerStore().read());
  const deviceId = await ensureDeviceId(db);
  const [initialLang, initialProfile] = await Promise.all([readSetting(db, 'lang'), readSetting(db, 'profile')]);
  return { db, write: { db, deviceId, clock: systemClock }, initialLang, initialProfile, storageLost };
}
