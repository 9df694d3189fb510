import { describe, expect, it } from 'vitest';
import { applyImport, exportBundle, previewImport, readBundle, travellingMediaType } from '../../shared/bundle';
import { putRow, softDeleteRow, updateRow } from '../../shared/db/write';
import { AppError } from '../../shared/errors';
import { SUPERVISION_TABLE_NAMES } from '../../shared/model/types';
import { FACILITATOR, freshContext, type TestContext } from '../fixtures/bundles/bundle-context';
import { pack, unpack } from '../fixtures/bundles/raw-zip';
import { dumpDb, makeSampleRows, type SampleRows, storeRows } from '../fixtures/bundles/sample-rows';
import { mediaBytes } from '../fixtures/bundles/supervision-rows';

async function sample(deviceId = 'device-a'): Promise<{ ctx: TestContext; rows: SampleRows }> {
  const ctx = await freshContext(deviceId);
  const rows = makeSampleRows();
  await storeRows(ctx, rows);
  return { ctx, rows };
}

function bundleOf(ctx: TestContext): Promise<Uint8Array> {
  return exportBundle(ctx.db, { scope: { kind: 'all' }, facilitator: FACILITATOR, clock: ctx.clock });
}

function pick<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

async function bytesOf(blob: Blob | undefined): Promise<number[]> {
  return [...new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0))];
}

describe("the supervisor's tables in a bundle", () => {
  it('carries observations, cases, entries, complaints, stories and their media files byte for byte', async () => {
    const { ctx, rows } = await sample();
    const parsed = await readBundle(await bundleOf(ctx));
    for (const table of SUPERVISION_TABLE_NAMES) {
      expect(parsed.manifest.tables[table].rows, table).toBe(rows[table].length);
    }
    // Live media travel as files beside the rows; the deleted one carries no file.
    expect([...parsed.media.keys()].sort()).toEqual(
      rows.media
        .filter((m) => m.deletedAt === null)
        .map((m) => m.id)
        .sort(),
    );
    expect(parsed.tables.media.map((m) => m.file)).toEqual([
      `media/${pick(rows.media, 0).id}.weba`,
      `media/${pick(rows.media, 1).id}.jpg`,
      `media/${pick(rows.media, 2).id}.mp4`,
      null,
    ]);

    const target = await freshContext('device-b');
    await applyImport(target, parsed);
    expect(await dumpDb(target.db)).toEqual(await dumpDb(ctx.db));
    const clip = await target.db.media.get(pick(rows.media, 0).id);
    expect(clip?.mimeType).toBe('audio/webm;codecs=opus');
    expect(clip?.blob.type).toBe('audio/webm;codecs=opus');
    expect(await bytesOf(clip?.blob)).toEqual([...mediaBytes('audio/webm', 3, 500)]);
    expect((await target.db.media.get(pick(rows.media, 3).id))?.blob.size).toBe(0);
    expect((await applyImport(target, parsed)).writes).toBe(0);
  });

  it('lets a story without consent travel, and says how many there are', async () => {
    const { ctx, rows } = await sample();
    const target = await freshContext('device-b');
    const preview = await previewImport(target.db, await readBundle(await bundleOf(ctx)));
    expect(preview.tables.stories.added).toBe(2);
    expect(preview.storiesWithoutConsent).toBe(1);
    expect(preview.media).toEqual({ count: 3, bytes: 500 + 800 + 1200 });

    // The family takes consent back: both stories still travel, both are flagged.
    ctx.clock.set('2026-03-01T00:00:00.000Z');
    const story = pick(rows.stories, 0);
    await updateRow(ctx, 'stories', story, { consent: { ...story.consent, given: false } });
    const again = await previewImport(target.db, await readBundle(await bundleOf(ctx)));
    expect(again.storiesWithoutConsent).toBe(2);
    await applyImport(target, await readBundle(await bundleOf(ctx)));
    expect(await target.db.stories.count()).toBe(2);
  });

  it('converges on a deleted clip without a conflict, whether or not a device kept its bytes', async () => {
    const rows = makeSampleRows();
    const a = await freshContext('device-a');
    const b = await freshContext('device-b');
    await storeRows(a, rows);
    await storeRows(b, rows);
    const clip = pick(rows.media, 2);
    a.clock.set('2026-03-01T00:00:00.000Z');
    // Even a device that kept the bytes of the deleted clip agrees with one that dropped them.
    await softDeleteRow(a, 'media', clip);

    const fromA = await readBundle(await bundleOf(a));
    const result = await applyImport(b, fromA);
    expect(result.tables.media).toMatchObject({ deleted: 1, conflicts: 0 });
    const fromB = await readBundle(await bundleOf(b));
    expect((await applyImport(a, fromB)).writes).toBe(0);
    expect((await applyImport(b, fromA)).writes).toBe(0);
    const { blob: _kept, ...onA } = (await a.db.media.get(clip.id)) ?? clip;
    const { blob: dropped, ...onB } = (await b.db.media.get(clip.id)) ?? clip;
    expect(onB).toEqual(onA);
    expect(onB.deletedAt).toBe('2026-03-01T00:00:00.000Z');
    expect(dropped.size).toBe(0);
  });

  it('refuses to export a clip of a type no bundle carries, naming it, so the backup is never half', async () => {
    const { ctx, rows } = await sample();
    const clip = pick(rows.media, 2);
    await putRow(ctx, 'media', { ...clip, mimeType: 'video/quicktime', blob: new Blob([new Uint8Array(8)]) });
    const error = await bundleOf(ctx).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toMatchObject({ path: 'media[2].mimeType' });
    expect(travellingMediaType('video/quicktime')).toBeNull();
    expect(travellingMediaType('video/webm;codecs=vp8,opus')).toBe('video/webm');
  });

  it('still imports a bundle made before the supervisor tables existed (data version 1)', async () => {
    const { ctx, rows } = await sample();
    const source = unpack(await bundleOf(ctx));
    // What version 1 of the app wrote: no supervisor tables, no media folder, no new reference lists.
    source.manifest.schemaVersion = 1;
    const tables = source.manifest.tables as Record<string, unknown>;
    const refs = source.manifest.externalRefs as Record<string, unknown>;
    for (const table of SUPERVISION_TABLE_NAMES) {
      delete tables[table];
      source.parts.delete(`tables/${table}/0000.json`);
    }
    for (const key of ['cases', 'stories', 'media']) delete refs[key];
    for (const name of [...source.pictures.keys()]) if (name.startsWith('media/')) source.pictures.delete(name);

    const parsed = await readBundle(pack(source));
    expect(parsed.manifest.tables.stories).toEqual({ rows: 0, parts: 0 });
    expect(parsed.manifest.externalRefs.cases).toEqual([]);
    const target = await freshContext('device-b');
    const result = await applyImport(target, parsed);
    expect(result.tables.sessions.added + result.tables.sessions.tombstones).toBe(rows.sessions.length);
    expect(await target.db.stories.count()).toBe(0);
    expect(await target.db.attendance.count()).toBe(rows.attendance.length);
  });
});
