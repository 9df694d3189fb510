import type { DBCore, DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import { applyImport, type BundleScope, exportBundle, readBundle } from '../../shared/bundle';
import { LenteraDB } from '../../shared/db/database';
import { createRow, softDeleteRow, updateRow } from '../../shared/db/write';
import { AppError } from '../../shared/errors';
import { FACILITATOR, freshContext, settableClock, type TestContext } from '../fixtures/bundles/bundle-context';
import { dumpDb, makeSampleRows, pictureBytes, type SampleRows, storeRows } from '../fixtures/bundles/sample-rows';

async function bundleOf(ctx: TestContext, scope: BundleScope = { kind: 'all' }): Promise<Uint8Array> {
  return exportBundle(ctx.db, { scope, facilitator: FACILITATOR, clock: ctx.clock });
}

async function twoDevicesWithSample(): Promise<{ a: TestContext; b: TestContext; rows: SampleRows }> {
  const rows = makeSampleRows();
  const a = await freshContext('device-a');
  const b = await freshContext('device-b');
  await storeRows(a, rows);
  await storeRows(b, rows);
  return { a, b, rows };
}

function pick<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

describe('merging two devices', () => {
  it('converges: A→B and B→A end in the same rows, newest winning and ties broken by device', async () => {
    const { a, b, rows } = await twoDevicesWithSample();
    const m1 = pick(rows.members, 0);
    const g1 = pick(rows.groups, 0);
    const s1 = pick(rows.sessions, 0);
    const s2 = pick(rows.sessions, 1);
    const m3Attendance = pick(rows.attendance, 2);

    a.clock.set('2026-03-01T00:00:00.000Z');
    await updateRow(a, 'members', m1, { name: 'Nama dari A' });
    await softDeleteRow(a, 'sessions', s2);
    await updateRow(a, 'attendance', m3Attendance, { status: 'hadir' });

    b.clock.set('2026-02-15T00:00:00.000Z');
    await updateRow(b, 'sessions', s2, { notes: 'Diubah sebelum A menghapus' });
    b.clock.set('2026-03-01T00:00:00.000Z');
    await updateRow(b, 'attendance', m3Attendance, { status: 'sakit' });
    b.clock.set('2026-03-02T00:00:00.000Z');
    await updateRow(b, 'members', m1, { name: 'Nama dari B' });
    await updateRow(b, 'groups', g1, { meetingPlace: 'Balai RW 03' });
    const photo = await createRow(b, 'photos', {
      sessionId: s1.id,
      blob: new Blob([pictureBytes(42, 1000)], { type: 'image/jpeg' }),
      mimeType: 'image/jpeg',
      width: 600,
      height: 400,
      caption: 'Foto baru dari B',
      takenAt: '2026-03-02T00:00:00.000Z',
      consent: true,
    });

    const fromA = await readBundle(await bundleOf(a));
    const fromB = await readBundle(await bundleOf(b));
    await applyImport(b, fromA);
    await applyImport(a, fromB);

    const stateA = await dumpDb(a.db);
    expect(await dumpDb(b.db)).toEqual(stateA);
    expect((await a.db.members.get(m1.id))?.name).toBe('Nama dari B');
    expect((await a.db.attendance.get([m3Attendance.sessionId, m3Attendance.memberId]))?.status).toBe('sakit');
    expect((await b.db.sessions.get(s2.id))?.deletedAt).toBe('2026-03-01T00:00:00.000Z');
    expect((await a.db.groups.get(g1.id))?.meetingPlace).toBe('Balai RW 03');
    expect((await a.db.photos.get(photo.id))?.caption).toBe('Foto baru dari B');

    // Each side now holds the other's bundle: importing either again writes nothing.
    expect((await applyImport(b, fromA)).writes).toBe(0);
    expect((await applyImport(a, fromB)).writes).toBe(0);
  });
});

describe('atomic import', () => {
  it('writes nothing at all when one table fails part-way', async () => {
    const { a } = await twoDevicesWithSample();
    const parsed = await readBundle(await bundleOf(a));
    // The photos table (written after groups, members, sessions, attendance…) refuses every write
    // once the disk is "full"; a Dexie middleware is the public way to make storage fail.
    let diskFull = false;
    const db = new LenteraDB(`atomic-${Math.random()}`);
    db.use({
      stack: 'dbcore',
      name: 'photos-disk-full',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name: string): DBCoreTable => {
          const table = down.table(name);
          if (name !== 'photos') return table;
          return { ...table, mutate: (req) => (diskFull ? Promise.reject(new Error('disk full')) : table.mutate(req)) };
        },
      }),
    });
    await db.open();
    const target = { db, deviceId: 'device-b', clock: settableClock('2026-02-01T08:00:00.000Z') };
    const sample = makeSampleRows();
    await storeRows(target, { groups: [pick(sample.groups, 0)], photos: [pick(sample.photos, 0)] });
    const before = await dumpDb(target.db);
    const changesBefore = await target.db.changes.count();
    diskFull = true;

    const error = await applyImport(target, parsed).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('db.failed');
    expect(String((error as AppError).details.detail)).toContain('disk full');
    expect(await dumpDb(target.db)).toEqual(before);
    expect(await target.db.changes.count()).toBe(changesBefore);
  });
});

describe('export scope', () => {
  it('by date range: the sessions planned in it, their rows, and the families and groups they name', async () => {
    const { a, rows } = await twoDevicesWithSample();
    const parsed = await readBundle(await bundleOf(a, { kind: 'dateRange', from: '2026-01-10', to: '2026-01-11' }));
    const ids = (list: readonly { id: string }[]) => list.map((row) => row.id).sort();
    expect(ids(parsed.tables.sessions)).toEqual([pick(rows.sessions, 0).id]);
    expect(ids(parsed.tables.members)).toEqual(ids(rows.members.slice(0, 3)));
    expect(ids(parsed.tables.groups)).toEqual([pick(rows.groups, 0).id]);
    expect(parsed.tables.attendance).toHaveLength(3);
    expect(parsed.tables.checklist).toHaveLength(3);
    expect(parsed.tables.quizAnswers).toHaveLength(3);
    expect(parsed.tables.photos).toHaveLength(2);
    expect(parsed.tables.photos.filter((photo) => photo.deletedAt !== null)).toHaveLength(1);
    expect(parsed.tables.fillLedger.map((entry) => entry.recordKey)).toEqual([`session:${pick(rows.sessions, 0).id}`]);
    expect(parsed.tables.curriculum).toHaveLength(1);
    expect(parsed.manifest.externalRefs).toEqual({
      groups: [],
      members: [],
      sessions: [],
      cases: [],
      stories: [],
      media: [],
    });
    // The supervisor's rows of those sessions and families: the observation of s1, the case of
    // m1 with its entries, m2's complaint, m1's story with all its media (the deleted one too).
    const [o1] = rows.observations;
    const [c1] = rows.cases;
    const [k1] = rows.complaints;
    const [st1] = rows.stories;
    expect(ids(parsed.tables.observations)).toEqual([o1?.id]);
    expect(ids(parsed.tables.cases)).toEqual([c1?.id]);
    expect(parsed.tables.caseEntries.map((row) => row.caseId)).toEqual([c1?.id, c1?.id]);
    expect(ids(parsed.tables.complaints)).toEqual([k1?.id]);
    expect(ids(parsed.tables.stories)).toEqual([st1?.id]);
    expect(parsed.tables.media).toHaveLength(3);
    expect(parsed.media.size).toBe(2);

    const target = await freshContext('device-c');
    const result = await applyImport(target, parsed);
    expect(result.tables.sessions.added).toBe(1);
  });

  it('by groups: everything of the chosen groups, tombstones included', async () => {
    const { a, rows } = await twoDevicesWithSample();
    const g1 = pick(rows.groups, 0);
    const parsed = await readBundle(await bundleOf(a, { kind: 'groups', groupIds: [g1.id] }));
    expect(parsed.tables.groups.map((row) => row.id)).toEqual([g1.id]);
    expect(parsed.tables.members).toHaveLength(4);
    expect(parsed.tables.sessions).toHaveLength(4);
    expect(parsed.tables.sessions.filter((row) => row.deletedAt !== null)).toHaveLength(1);
    expect(parsed.tables.attendance).toHaveLength(4);

    const g2 = await readBundle(await bundleOf(a, { kind: 'groups', groupIds: [pick(rows.groups, 1).id] }));
    expect(g2.tables.members.map((row) => row.id)).toEqual([pick(rows.members, 4).id]);
    expect(g2.tables.photos.map((row) => row.mimeType)).toEqual(['image/png']);
    expect(g2.pictures.size).toBe(1);
    expect(g2.tables.checklist).toEqual([]);
    // m5's story (no consent yet) travels with its video; nothing else of the supervisor's.
    expect(g2.tables.stories.map((row) => row.id)).toEqual([pick(rows.stories, 1).id]);
    expect(g2.tables.media.map((row) => row.mimeType)).toEqual(['video/mp4']);
    expect(g2.tables.cases).toEqual([]);
    expect(g2.tables.observations).toEqual([]);
  });

  it('by date range: the supervisor rows that happened in it join with the families they name', async () => {
    const { a, rows } = await twoDevicesWithSample();
    // 17–19 January: no session, but case c2 closed on the 18th (its visit done on the 17th) and
    // complaint k2 closed on the 19th; neither names a family. The free observation is on the 22nd.
    const parsed = await readBundle(await bundleOf(a, { kind: 'dateRange', from: '2026-01-17', to: '2026-01-19' }));
    const c2 = pick(rows.cases, 1);
    expect(parsed.tables.sessions).toEqual([]);
    expect(parsed.tables.cases.map((row) => row.id)).toEqual([c2.id]);
    expect(parsed.tables.caseEntries.map((row) => row.caseId)).toEqual([c2.id]);
    expect(parsed.tables.complaints.map((row) => row.id)).toEqual([pick(rows.complaints, 1).id]);
    expect(parsed.tables.observations).toEqual([]);

    // A case opened in the range about a family outside it brings the family and its group.
    const m5 = pick(rows.members, 4);
    await createRow(a, 'cases', {
      ...pick(rows.cases, 0),
      family: { ...pick(rows.cases, 0).family, memberId: m5.id },
      openedDate: '2026-02-20',
    });
    const feb = await readBundle(await bundleOf(a, { kind: 'dateRange', from: '2026-02-20', to: '2026-02-20' }));
    expect(feb.tables.members.map((row) => row.id)).toEqual([m5.id]);
    expect(feb.tables.groups.map((row) => row.id)).toEqual([m5.groupId]);
    // Links are followed one step only: m5's older story is not pulled in by the new case.
    expect(feb.tables.stories).toEqual([]);
  });

  it('refuses a malformed scope before reading anything', async () => {
    const { a } = await twoDevicesWithSample();
    const error = await bundleOf(a, { kind: 'dateRange', from: '2026-02-01', to: '2026-01-01' }).catch(
      (e: unknown) => e,
    );
    expect((error as AppError).code).toBe('input.invalid');
  });
});
