import { describe, expect, it } from 'vitest';
import { setAttendance } from '../../pwa/src/data/attendance';
import { addPhoto, deletePhoto, listPhotos, type NewPhoto, takenAtOf, updatePhoto } from '../../pwa/src/data/photos';
import { fitWithin } from '../../pwa/src/platform/compress-image';
import { LenteraDB, openDb } from '../../shared/db/database';
import type { WriteContext } from '../../shared/db/write';
import { isId } from '../../shared/model/ids';

const clock = { now: () => new Date('2026-03-07T03:00:00.000Z') };

async function context(): Promise<WriteContext> {
  const db = await openDb(`record-photos-${Math.random()}`);
  return { db, deviceId: 'tablet-1', clock };
}

const jpeg = (bytes = 2048) => new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' });

const input = (overrides: Partial<NewPhoto> = {}): NewPhoto => ({
  sessionId: 's1',
  blob: jpeg(),
  width: 1280,
  height: 853,
  caption: '  Diskusi anggaran keluarga ',
  consent: true,
  takenAt: '2026-03-07T02:55:00.000Z',
  ...overrides,
});

describe('addPhoto', () => {
  it('stores the row with blob, size, type, caption, consent and meta', async () => {
    const ctx = await context();
    const photo = await addPhoto(ctx, input());
    expect(isId(photo.id)).toBe(true);
    expect(photo).toMatchObject({
      sessionId: 's1',
      mimeType: 'image/jpeg',
      width: 1280,
      height: 853,
      caption: 'Diskusi anggaran keluarga',
      consent: true,
      takenAt: '2026-03-07T02:55:00.000Z',
      createdAt: '2026-03-07T03:00:00.000Z',
      deletedAt: null,
      deviceId: 'tablet-1',
    });
    const stored = await ctx.db.photos.get(photo.id);
    expect(stored?.blob.size).toBe(2048);
    expect(stored?.blob.type).toBe('image/jpeg');
    expect((await ctx.db.changes.toArray()).map((c) => [c.table, c.key])).toEqual([['photos', photo.id]]);
  });

  it('refuses a non-image, an empty blob, a bad size or an overlong caption, writing nothing', async () => {
    const ctx = await context();
    const bad = [
      input({ blob: new Blob(['hello'], { type: 'text/plain' }) }),
      input({ blob: new Blob([], { type: 'image/jpeg' }) }),
      input({ width: 0 }),
      input({ height: 10.5 }),
      input({ caption: 'x'.repeat(201) }),
      input({ takenAt: 'kemarin' }),
    ];
    for (const photo of bad) await expect(addPhoto(ctx, photo)).rejects.toMatchObject({ code: 'input.invalid' });
    expect(await ctx.db.photos.count()).toBe(0);
    expect(await ctx.db.changes.count()).toBe(0);
  });

  it('says the storage is full and keeps every earlier record when the device is out of space', async () => {
    // A database whose photos store refuses writes the way a full disk does.
    const db = new LenteraDB(`record-photos-full-${Math.random()}`);
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'photos') return table;
          return {
            ...table,
            mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
          };
        },
      }),
    });
    await db.open();
    const ctx: WriteContext = { db, deviceId: 'tablet-1', clock };
    await setAttendance(ctx, 's1', 'm1', 'hadir');
    await expect(addPhoto(ctx, input())).rejects.toMatchObject({ code: 'db.quota' });
    expect(await ctx.db.photos.count()).toBe(0);
    expect(await ctx.db.attendance.count()).toBe(1);
    expect(await ctx.db.changes.count()).toBe(1);
  });
});

describe('updatePhoto and deletePhoto', () => {
  it('changes caption and consent, and a deletion leaves a tombstone without the image bytes', async () => {
    const ctx = await context();
    const photo = await addPhoto(ctx, input({ consent: false }));
    const other = await addPhoto(ctx, input({ takenAt: '2026-03-07T02:58:00.000Z' }));
    const updated = await updatePhoto(ctx, photo, { caption: 'Bermain peran', consent: true });
    expect(updated).toMatchObject({ caption: 'Bermain peran', consent: true, createdAt: photo.createdAt });

    await deletePhoto(ctx, updated);
    const tombstone = await ctx.db.photos.get(photo.id);
    expect(tombstone?.deletedAt).not.toBeNull();
    expect(tombstone?.blob.size).toBe(0);
    expect((await listPhotos(ctx.db, 's1')).map((p) => p.id)).toEqual([other.id]);
    expect((await ctx.db.changes.toArray()).at(-1)).toMatchObject({ table: 'photos', key: photo.id, op: 'delete' });
  });
});

describe('photo helpers', () => {
  it('fits the long side within 1280 px, keeping the ratio and never enlarging', () => {
    expect(fitWithin(2400, 1600, 1280)).toEqual({ width: 1280, height: 853 });
    expect(fitWithin(3000, 4000, 1280)).toEqual({ width: 960, height: 1280 });
    expect(fitWithin(800, 600, 1280)).toEqual({ width: 800, height: 600 });
  });

  it('takes the file time as the moment taken, unless it is missing or in the future', () => {
    const now = new Date('2026-03-07T03:00:00.000Z');
    const shot = new File([jpeg()], 'a.jpg', { lastModified: Date.parse('2026-03-07T02:10:00.000Z') });
    const future = new File([jpeg()], 'b.jpg', { lastModified: Date.parse('2027-01-01T00:00:00.000Z') });
    expect(takenAtOf(shot, now)).toBe('2026-03-07T02:10:00.000Z');
    expect(takenAtOf(future, now)).toBe(now.toISOString());
    expect(takenAtOf(jpeg(), now)).toBe(now.toISOString());
  });
});
