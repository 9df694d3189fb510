/**
 * Each install has a device id, made once and kept in `settings`. It marks who changed a row last
 * and breaks ties when two devices changed the same row at the same millisecond.
 */
import { newId } from '../model/ids';
import type { LenteraDB } from './database';
import { withDbErrors } from './map-db-error';

export async function ensureDeviceId(db: LenteraDB): Promise<string> {
  return withDbErrors(() =>
    db.transaction('rw', db.settings, async () => {
      const existing = await db.settings.get('deviceId');
      if (typeof existing?.value === 'string') return existing.value;
      const id = newId();
      await db.settings.put({ key: 'deviceId', value: id, updatedAt: new Date().toISOString() });
      return id;
    }),
  );
}
