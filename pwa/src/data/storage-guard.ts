/**
 * Storage safety that needs the database: noticing at start that the browser lost Lentera's data,
 * and freeing space taken by old photos.
 *
 * LOST DATA. A browser under storage pressure, a "clear data" tap or a cleaning app can wipe the
 * database. A fresh, empty database then looks exactly like a first run, and the facilitator would
 * start typing into it without knowing their records are gone. So once the database holds a
 * profile, a marker naming this install's device id is kept OUTSIDE IndexedDB (localStorage, and a
 * cookie as a second copy: the two are cleared by different things). At start, before a new device
 * id could be made, `wasStorageLost` reads the device id and the profile in one transaction: a
 * marker with no profile or another device id means the data went missing. A first run has no
 * marker, so it can never look like a loss.
 *
 * OLD PHOTOS. Photos are most of what Lentera stores. Photos of sessions held at least
 * PHOTO_AGE_DAYS ago can be exported to a file and then removed from this device, after the user
 * confirmed. Removing writes tombstones (through write.ts), so like every deletion it travels.
 */
import type { LenteraDB } from '../../../shared/db/database';
import { withDbErrors } from '../../../shared/db/map-db-error';
import { putRows, rowMeta, type WriteContext } from '../../../shared/db/write';
import { addDays } from '../../../shared/model/clock';
import type { LocalDate, Photo, Session } from '../../../shared/model/types';
import { sessionDate } from '../../../shared/rules/attendance-index';

export const DATA_MARKER_KEY = 'lentera.hadData';
const COOKIE_NAME = 'lentera_hadData';
const COOKIE_MAX_AGE = 60 * 60 * 24 * 365 * 10;

/** Where the marker lives; the browser one in the app, a plain object in tests. */
export interface MarkerStore {
  read(): string | null;
  write(deviceId: string): void;
  clear(): void;
}

export function browserMarkerStore(): MarkerStore {
  const cookie = (): string | null => {
    const match = document.cookie.split('; ').find((part) => part.startsWith(`${COOKIE_NAME}=`));
    return match === undefined ? null : decodeURIComponent(match.slice(COOKIE_NAME.length + 1));
  };
  const local = (): string | null => {
    try {
      return localStorage.getItem(DATA_MARKER_KEY);
    } catch {
      return null;
    }
  };
  return {
    read: () => local() ?? cookie(),
    write(deviceId) {
      try {
        localStorage.setItem(DATA_MARKER_KEY, deviceId);
      } catch {
        // Private mode or a full disk: the cookie below still carries the marker.
      }
      // biome-ignore lint/suspicious/noDocumentCookie: a cookie is not quota-managed storage, so eviction leaves it; one fixed, encoded value
      document.cookie = `${COOKIE_NAME}=${encodeURIComponent(deviceId)}; max-age=${COOKIE_MAX_AGE}; path=/; samesite=strict`;
    },
    clear() {
      try {
        localStorage.removeItem(DATA_MARKER_KEY);
      } catch {
        // Nothing stored there to clear.
      }
      // biome-ignore lint/suspicious/noDocumentCookie: clears the copy written above
      document.cookie = `${COOKIE_NAME}=; max-age=0; path=/; samesite=strict`;
    },
  };
}

/**
 * True when the marker says this origin held Lentera data that is not in the database now. Must run
 * before `ensureDeviceId`, which would make a new id for an emptied database.
 */
export async function wasStorageLost(db: LenteraDB, marker: string | null): Promise<boolean> {
  if (marker === null) return false;
  return withDbErrors(() =>
    db.transaction('r', db.settings, async () => {
      const [device, profile] = await Promise.all([db.settings.get('deviceId'), db.settings.get('profile')]);
      return device?.value !== marker || profile === undefined || profile.value === null;
    }),
  );
}

export interface PhotoUsage {
  readonly count: number;
  readonly bytes: number;
}

/** How many live photos there are and how many bytes their pictures take. */
export async function photoUsage(db: LenteraDB): Promise<PhotoUsage> {
  let count = 0;
  let bytes = 0;
  await withDbErrors(() =>
    db.photos.each((photo) => {
      if (photo.deletedAt !== null) return;
      count += 1;
      bytes += photo.blob.size;
    }),
  );
  return { count, bytes };
}

/** Sessions held at least this long ago have their report written; their photos may leave the tablet. */
export const PHOTO_AGE_DAYS = 30;

export interface OldPhotos {
  readonly photoIds: readonly string[];
  readonly bytes: number;
  readonly sessions: readonly Session[];
  /** Of those sessions, how many the extension reported as sent to the portal. */
  readonly sentSessions: number;
  /** The planned dates the sessions span: the export that keeps a copy covers them. */
  readonly from: LocalDate | null;
  readonly to: LocalDate | null;
}

/** Live photos of finished sessions held PHOTO_AGE_DAYS or more before `today`. */
export async function findOldPhotos(db: LenteraDB, today: LocalDate): Promise<OldPhotos> {
  const cutoff = addDays(today, -PHOTO_AGE_DAYS);
  return withDbErrors(() =>
    db.transaction('r', [db.sessions, db.photos, db.fillLedger], async () => {
      const done = await db.sessions.where('status').equals('done').toArray();
      const old = done.filter((s) => s.deletedAt === null && sessionDate(s) <= cutoff);
      const byId = new Map(old.map((s) => [s.id, s]));
      const photos = (
        await db.photos
          .where('sessionId')
          .anyOf([...byId.keys()])
          .toArray()
      ).filter((p) => p.deletedAt === null);
      const withPhotos = [...new Set(photos.map((p) => p.sessionId))]
        .map((id) => byId.get(id))
        .filter((s): s is Session => s !== undefined);
      let sentSessions = 0;
      for (const session of withPhotos) {
        const sent = await db.fillLedger
          .where('recordKey')
          .equals(`session:${session.id}`)
          .filter((entry) => entry.result === 'sent')
          .count();
        if (sent > 0) sentSessions += 1;
      }
      const dates = withPhotos.map((s) => s.plannedDate).sort();
      return {
        photoIds: photos.map((p) => p.id),
        bytes: photos.reduce((sum, p) => sum + p.blob.size, 0),
        sessions: withPhotos,
        sentSessions,
        from: dates[0] ?? null,
        to: dates[dates.length - 1] ?? null,
      };
    }),
  );
}

/**
 * Removes photos from this device in one transaction: each becomes a tombstone without its picture.
 * Photos already removed meanwhile are skipped. Resolves with how many were removed.
 */
export async function removePhotos(ctx: WriteContext, photoIds: readonly string[]): Promise<number> {
  const { db } = ctx;
  return withDbErrors(() =>
    db.transaction('rw', [db.photos, db.changes], async () => {
      const found = await db.photos.bulkGet([...photoIds]);
      const at = ctx.clock.now().toISOString();
      const tombstones: Photo[] = found
        .filter((p): p is Photo => p !== undefined && p.deletedAt === null)
        .map((p) => ({ ...p, ...rowMeta(ctx, p), deletedAt: at, blob: new Blob([], { type: p.mimeType }) }));
      await putRows(ctx, 'photos', tombstones);
      return tombstones.length;
    }),
  );
}
