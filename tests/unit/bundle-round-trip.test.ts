import { describe, expect, it } from 'vitest';
import {
  applyImport,
  exportBundle,
  isEncryptedBundle,
  markExported,
  previewImport,
  readBundle,
} from '../../shared/bundle';
import { SCHEMA_VERSION } from '../../shared/db/database';
import { readSetting } from '../../shared/db/settings';
import { putRow, updateRow } from '../../shared/db/write';
import { AppError } from '../../shared/errors';
import { TABLE_NAMES } from '../../shared/model/types';
import { FACILITATOR, freshContext, TEST_KDF_ITERATIONS, type TestContext } from '../fixtures/bundles/bundle-context';
import { dumpDb, makeSampleRows, pictureBytes, type SampleRows, storeRows } from '../fixtures/bundles/sample-rows';
import { makeAttendance } from './factories';

const ALL = { kind: 'all' } as const;

async function sourceWithSample(): Promise<{ ctx: TestContext; rows: SampleRows }> {
  const ctx = await freshContext('device-a');
  const rows = makeSampleRows();
  await storeRows(ctx, rows);
  return { ctx, rows };
}

async function exportAll(ctx: TestContext, extra: { passphrase?: string } = {}): Promise<Uint8Array> {
  return exportBundle(ctx.db, {
    scope: ALL,
    facilitator: FACILITATOR,
    clock: ctx.clock,
    kdfIterations: TEST_KDF_ITERATIONS,
    ...extra,
  });
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('bundle round trip', () => {
  it('exports every table and imports it into a fresh database unchanged, pictures byte for byte', async () => {
    const { ctx } = await sourceWithSample();
    const file = await exportAll(ctx);
    expect(isEncryptedBundle(file)).toBe(false);

    const target = await freshContext('device-b');
    const parsed = await readBundle(file);
    expect(parsed.manifest).toMatchObject({
      format: 'lentera-bundle',
      formatVersion: 1,
      schemaVersion: SCHEMA_VERSION,
      deviceId: 'device-a',
    });
    expect(parsed.manifest.facilitator).toEqual(FACILITATOR);
    const result = await applyImport(target, parsed);

    const before = await dumpDb(ctx.db);
    expect(await dumpDb(target.db)).toEqual(before);
    const photo = (before.photos as { blob: { bytes: number[] } }[])[0];
    expect(photo?.blob.bytes.slice(0, 3)).toEqual([0xff, 0xd8, 0xff]);
    expect(result.totals).toEqual({ added: 41, updated: 0, deleted: 0, tombstones: 6, unchanged: 0, conflicts: 0 });
    // Every table travelled, the supervisor's included.
    for (const table of TABLE_NAMES) expect(result.tables[table].added, table).toBeGreaterThan(0);
    // One change per written row, logged by the importing device.
    const changes = await target.db.changes.toArray();
    expect(changes).toHaveLength(result.writes);
    expect(changes.filter((change) => change.op === 'delete')).toHaveLength(6);
    expect(new Set(changes.map((change) => change.deviceId))).toEqual(new Set(['device-b']));
  });

  it('changes nothing when the same bundle is imported twice', async () => {
    const { ctx } = await sourceWithSample();
    const parsed = await readBundle(await exportAll(ctx));
    const target = await freshContext('device-b');
    await applyImport(target, parsed);
    const after = await dumpDb(target.db);
    const changes = await target.db.changes.count();

    const preview = await previewImport(target.db, parsed);
    expect(preview.writes).toBe(0);
    const again = await applyImport(target, parsed);
    expect(again.writes).toBe(0);
    expect(again.totals.unchanged).toBe(47);
    expect(await target.db.changes.count()).toBe(changes);
    expect(await dumpDb(target.db)).toEqual(after);
  });

  it('round-trips an encrypted bundle and refuses a wrong or missing passphrase', async () => {
    const { ctx } = await sourceWithSample();
    const file = await exportAll(ctx, { passphrase: 'kata sandi rahasia' });
    expect(isEncryptedBundle(file)).toBe(true);
    expect(new TextDecoder().decode(file.subarray(0, 12))).toBe('LENTERA-ENC\n');

    const parsed = await readBundle(new Blob([file as Uint8Array<ArrayBuffer>]), { passphrase: 'kata sandi rahasia' });
    expect(parsed.encrypted).toBe(true);
    const target = await freshContext('device-b');
    await applyImport(target, parsed);
    expect(await dumpDb(target.db)).toEqual(await dumpDb(ctx.db));

    expect((await rejection(readBundle(file, { passphrase: 'kata sandi salah!' }))).code).toBe('bundle.passphrase');
    const missing = await rejection(readBundle(file));
    expect(missing.code).toBe('bundle.passphrase');
    expect(missing.details.reason).toBe('missing');
  });

  it('refuses a passphrase shorter than 8 characters before reading anything', async () => {
    const { ctx } = await sourceWithSample();
    const error = await rejection(exportAll(ctx, { passphrase: 'pendek' }));
    expect(error.code).toBe('input.invalid');
    expect(error.details.field).toBe('passphrase');
  });

  it('previews what an import will do, and the import does exactly that', async () => {
    const rows = makeSampleRows();
    // This device received the same rows earlier, with the same meta.
    const target = await freshContext('device-b');
    await storeRows(target, rows);
    const [g1, g2] = rows.groups;
    const [m1] = rows.members;
    const [s1, s2] = rows.sessions;
    if (g1 === undefined || g2 === undefined || m1 === undefined || s1 === undefined || s2 === undefined)
      throw new Error();
    // Newer here than in the bundle: a conflict, kept.
    target.clock.set('2026-03-01T00:00:00.000Z');
    await updateRow(target, 'groups', g1, { name: 'Melati (diubah di sini)' });
    // Older here than in the bundle: the bundle's version wins.
    await putRow(target, 'members', { ...m1, name: 'Nama lama', updatedAt: '2025-12-01T00:00:00.000Z' });
    // The bundle's session s2 is newer and deleted.
    const bundleDeletesS2 = { ...s2, deletedAt: '2026-04-01T00:00:00.000Z', updatedAt: '2026-04-01T00:00:00.000Z' };
    const source2 = await freshContext('device-a');
    await storeRows(source2, { ...rows, sessions: rows.sessions.map((s) => (s.id === s2.id ? bundleDeletesS2 : s)) });
    const parsed2 = await readBundle(await exportAll(source2));

    const preview = await previewImport(target.db, parsed2);
    expect(preview.tables.groups).toMatchObject({ conflicts: 1, unchanged: 2 });
    expect(preview.tables.members).toMatchObject({ updated: 1, unchanged: 4 });
    expect(preview.tables.sessions).toMatchObject({ deleted: 1, unchanged: 4 });
    expect(preview.conflicts).toEqual([{ table: 'groups', key: g1.id }]);
    expect(preview.missingRefs).toEqual({ groups: 0, members: 0, sessions: 0, cases: 0, stories: 0, media: 0 });
    expect(preview.pictures.count).toBe(2);
    expect(await target.db.sessions.get(s2.id)).toMatchObject({ deletedAt: null });

    const result = await applyImport(target, parsed2);
    expect(result.totals).toEqual(preview.totals);
    expect((await target.db.groups.get(g1.id))?.name).toBe('Melati (diubah di sini)');
    expect((await target.db.members.get(m1.id))?.name).toBe(m1.name);
    expect((await target.db.sessions.get(s2.id))?.deletedAt).toBe('2026-04-01T00:00:00.000Z');
  });

  it('reports progress up to the total while exporting and importing', async () => {
    const { ctx } = await sourceWithSample();
    const exportSteps: [number, number][] = [];
    const file = await exportBundle(ctx.db, {
      scope: ALL,
      facilitator: FACILITATOR,
      clock: ctx.clock,
      onProgress: (done, total) => exportSteps.push([done, total]),
    });
    const last = exportSteps.at(-1);
    expect(last?.[0]).toBe(last?.[1]);
    expect(exportSteps.every(([done], i) => i === 0 || done >= (exportSteps[i - 1]?.[0] ?? 0))).toBe(true);
    const importSteps: number[] = [];
    await applyImport(await freshContext('device-b'), await readBundle(file), {
      onProgress: (done) => importSteps.push(done),
    });
    expect(importSteps.at(-1)).toBe(47);
  });

  it('records the last export for the backup reminder', async () => {
    const { ctx } = await sourceWithSample();
    await markExported(ctx.db, '2026-02-01T08:00:00.000Z');
    expect(await readSetting(ctx.db, 'lastExportAt')).toBe('2026-02-01T08:00:00.000Z');
  });

  it('keeps rows that refer to a family missing on the exporting device, and says so', async () => {
    const ctx = await freshContext('device-a');
    const rows = makeSampleRows();
    const ghost = '0194a000-0000-7000-8000-00000000ffff';
    const [s1] = rows.sessions;
    if (s1 === undefined) throw new Error();
    await storeRows(ctx, {
      ...rows,
      attendance: [...rows.attendance, makeAttendance({ sessionId: s1.id, memberId: ghost })],
    });
    const parsed = await readBundle(await exportAll(ctx));
    expect(parsed.manifest.externalRefs.members).toEqual([ghost]);
    const target = await freshContext('device-b');
    expect((await previewImport(target.db, parsed)).missingRefs.members).toBe(1);
    await applyImport(target, parsed);
    expect(await target.db.attendance.get([s1.id, ghost])).toBeDefined();
  });

  it('refuses to export a row that an import would refuse, naming it', async () => {
    const { ctx, rows } = await sourceWithSample();
    const [g1] = rows.groups;
    if (g1 === undefined) throw new Error();
    await putRow(ctx, 'groups', { ...g1, name: 'x'.repeat(600) });
    const error = await rejection(exportAll(ctx));
    expect(error.code).toBe('bundle.invalid');
    expect(error.details.path).toBe('groups[0].name');
  });

  it('reads an ArrayBuffer as well, and applies only bundles that readBundle checked', async () => {
    const { ctx } = await sourceWithSample();
    const file = await exportAll(ctx);
    const parsed = await readBundle(file.slice().buffer);
    const target = await freshContext('device-b');
    // A look-alike object that skipped the checks is refused, whatever it contains.
    const forged = { ...parsed } as typeof parsed;
    expect((await rejection(applyImport(target, forged))).code).toBe('input.invalid');
    expect((await rejection(previewImport(target.db, forged))).code).toBe('input.invalid');
    expect(await target.db.groups.count()).toBe(0);
  });

  it('stores a photo picture as a Blob of its type', async () => {
    const { ctx, rows } = await sourceWithSample();
    const target = await freshContext('device-b');
    await applyImport(target, await readBundle(await exportAll(ctx)));
    const png = rows.photos[2];
    const stored = await target.db.photos.get(png?.id ?? '');
    expect(stored?.blob.type).toBe('image/png');
    expect(new Uint8Array((await stored?.blob.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(
      pictureBytes(9, 700, 'png'),
    );
  });
});
