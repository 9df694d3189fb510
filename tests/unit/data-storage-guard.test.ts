/**
 * Storage safety that needs the database (pwa/src/data/storage-guard.ts): telling a first run from
 * data the browser lost, and freeing space taken by photos of old sessions without touching
 * anything else.
 */
import { describe, expect, it } from 'vitest';
import { findOldPhotos, photoUsage, removePhotos, wasStorageLost } from '../../pwa/src/data/storage-guard';
import { openDb } from '../../shared/db/database';
import { ensureDeviceId } from '../../shared/db/device-id';
import { writeSetting } from '../../shared/db/settings';
import { putRow, putRows, type WriteContext } from '../../shared/db/write';
import type { FillLedgerEntry, Photo } from '../../shared/model/types';
import { makeGroup, makeSession, rowMeta, testId } from './factories';

const PROFILE = { name: 'Rina', region: 'Kab. Bogor', role: 'facilitator' } as const;
const T0 = '2026-03-01T08:00:00.000Z';

async function context(): Promise<WriteContext> {
  const db = await openDb(`guard-${Math.random()}`);
  return { db, deviceId: 'device-a', clock: { now: () => new Date(T0) } };
}

function photo(sessionId: string, size: number, overrides: Partial<Photo> = {}): Photo {
  const bytes = new Uint8Array(size);
  if (size >= 3) bytes.set([0xff, 0xd8, 0xff], 0);
  return {
    id: testId(),
    ...rowMeta(),
    sessionId,
    blob: new Blob([bytes], { type: 'image/jpeg' }),
    mimeType: 'image/jpeg',
    width: 640,
    height: 480,
    caption: '',
    takenAt: T0,
    consent: true,
    ...overrides,
  };
}

describe('lost data at start', () => {
  it('is never reported on a first run (no marker), whatever the database holds', async () => {
    const { db } = await context();
    expect(await wasStorageLost(db, null)).toBe(false);
  });

  it('is reported when the marker names data the database no longer has', async () => {
    const { db } = await context();
    // Emptied: no device id, no profile.
    expect(await wasStorageLost(db, 'device-old')).toBe(true);
    // A new device id was made meanwhile (the old database was replaced).
    await ensureDeviceId(db);
    await writeSetting(db, 'profile', PROFILE);
    expect(await wasStorageLost(db, 'device-old')).toBe(true);
  });

  it('is not reported when the device id and the profile are there', async () => {
    const { db } = await context();
    const id = await ensureDeviceId(db);
    await writeSetting(db, 'profile', PROFILE);
    expect(await wasStorageLost(db, id)).toBe(false);
    // Same device, but the profile is gone: the data went with it.
    await db.settings.delete('profile');
    expect(await wasStorageLost(db, id)).toBe(true);
  });
});

describe('old photos', () => {
  async function seed(ctx: WriteContext) {
    const group = makeGroup();
    const old = makeSession({ groupId: group.id, status: 'done', plannedDate: '2026-01-10', actualDate: '2026-01-12' });
    const recent = makeSession({
      groupId: group.id,
      status: 'done',
      plannedDate: '2026-02-20',
      actualDate: '2026-02-20',
    });
    const running = makeSession({
      groupId: group.id,
      status: 'running',
      plannedDate: '2026-01-05',
      actualDate: '2026-01-05',
    });
    await putRow(ctx, 'groups', group);
    await putRows(ctx, 'sessions', [old, recent, running]);
    const kept = [photo(old.id, 1000), photo(old.id, 3000)];
    const deleted = photo(old.id, 0, { deletedAt: T0 });
    await putRows(ctx, 'photos', [...kept, deleted, photo(recent.id, 500), photo(running.id, 700)]);
    const sent: FillLedgerEntry = {
      id: testId(),
      ...rowMeta(),
      recordKey: `session:${old.id}`,
      mapId: 'map',
      portalOrigin: 'https://portal.example',
      result: 'sent',
      reference: 'REF-1',
      error: '',
      at: T0,
    };
    await putRow(ctx, 'fillLedger', sent);
    return { old, kept };
  }

  it('counts the pictures of live photos', async () => {
    const ctx = await context();
    await seed(ctx);
    expect(await photoUsage(ctx.db)).toEqual({ count: 4, bytes: 5200 });
  });

  it('finds the live photos of sessions held at least 30 days ago and finished', async () => {
    const ctx = await context();
    const { old, kept } = await seed(ctx);
    const found = await findOldPhotos(ctx.db, '2026-03-01');
    expect([...found.photoIds].sort()).toEqual(kept.map((p) => p.id).sort());
    expect(found).toMatchObject({ bytes: 4000, sentSessions: 1, from: '2026-01-10', to: '2026-01-10' });
    expect(found.sessions.map((s) => s.id)).toEqual([old.id]);
    // Held 2026-01-12: not yet 30 days before 2026-02-10.
    expect((await findOldPhotos(ctx.db, '2026-02-10')).photoIds).toEqual([]);
  });

  it('removes them as tombstones without pictures, logged, and leaves everything else', async () => {
    const ctx = await context();
    const { kept } = await seed(ctx);
    const changesBefore = await ctx.db.changes.count();
    const sessionsBefore = await ctx.db.sessions.toArray();
    expect(await removePhotos(ctx, [...kept.map((p) => p.id), 'not-there'])).toBe(2);
    for (const p of kept) {
      const stored = await ctx.db.photos.get(p.id);
      expect(stored?.deletedAt).toBe(T0);
      expect(stored?.blob.size).toBe(0);
      expect(stored?.caption).toBe(p.caption);
    }
    expect(await ctx.db.changes.count()).toBe(changesBefore + 2);
    expect(await ctx.db.sessions.toArray()).toEqual(sessionsBefore);
    expect(await photoUsage(ctx.db)).toEqual({ count: 2, bytes: 1200 });
    // Removing again removes nothing.
    expect(
      await removePhotos(
        ctx,
        kept.map((p) => p.id),
      ),
    ).toBe(0);
  });
});
