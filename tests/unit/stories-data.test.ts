import { describe, expect, it } from 'vitest';
import {
  addStoryMedia,
  deleteStory,
  deleteStoryMedia,
  giveConsent,
  listStoryMedia,
  type NewMedia,
  saveStory,
  storyMediaOnly,
  withdrawConsent,
} from '../../pwa/src/data/stories';
import { openDb } from '../../shared/db/database';
import type { WriteContext } from '../../shared/db/write';
import { localDate } from '../../shared/model/clock';
import { canPublish } from '../../shared/supervision/story-rules';

const NOW = '2026-03-10T02:00:00.000Z';
const clock = { now: () => new Date(NOW) };
const TODAY = localDate(new Date(NOW));

async function context(): Promise<WriteContext> {
  const db = await openDb(`stories-${Math.random()}`);
  return { db, deviceId: 'tablet-1', clock };
}

const family = { memberId: 'member-1', name: 'Siti Rahmawati', nik: '', pkhId: 'PKH-77', address: 'RT 02' };
const draft = { family, title: 'Warung kecil yang menopang sekolah', text: 'Dulu kami tidak punya tabungan.' };

const clip = (overrides: Partial<NewMedia> = {}): NewMedia => ({
  kind: 'audio',
  blob: new Blob([new Uint8Array(4000)], { type: 'audio/webm;codecs=opus' }),
  durationSeconds: 12.34,
  takenAt: NOW,
  ...overrides,
});

const consent = { by: 'Siti Rahmawati', method: 'recorded' as const, date: TODAY, agreed: true };

describe('stories', () => {
  it('creates a story without consent, and edits its words keeping consent and media', async () => {
    const ctx = await context();
    const story = await saveStory(ctx, draft, ' Rina ', undefined);
    expect(story).toMatchObject({ title: draft.title, worker: 'Rina', consent: { given: false } });
    expect(canPublish(story).ok).toBe(false);

    await giveConsent(ctx, story.id, consent, null);
    const given = await ctx.db.stories.get(story.id);
    if (given === undefined) throw new Error('story gone');
    const edited = await saveStory(ctx, { ...draft, title: 'Judul baru' }, 'Rina', given);
    expect(edited.title).toBe('Judul baru');
    expect(edited.consent.given).toBe(true);
    expect(edited.createdAt).toBe(story.createdAt);
  });

  it('refuses a story without a title, writing nothing', async () => {
    const ctx = await context();
    await expect(saveStory(ctx, { ...draft, title: ' ' }, 'Rina')).rejects.toMatchObject({ code: 'input.invalid' });
    expect(await ctx.db.stories.count()).toBe(0);
  });

  it('stores clips with kind, type, size and duration, and refuses what is not a clip', async () => {
    const ctx = await context();
    const story = await saveStory(ctx, draft, 'Rina');
    const media = await addStoryMedia(ctx, story.id, clip());
    const stored = await ctx.db.media.get(media.id);
    expect(stored).toMatchObject({
      storyId: story.id,
      kind: 'audio',
      mimeType: 'audio/webm;codecs=opus',
      size: 4000,
      durationSeconds: 12.3,
      takenAt: NOW,
    });
    expect(stored?.blob.size).toBe(4000);
    await expect(
      addStoryMedia(ctx, story.id, clip({ blob: new Blob(['<script>'], { type: 'text/html' }) })),
    ).rejects.toMatchObject({ details: { field: 'media', reason: 'type' } });
    await expect(addStoryMedia(ctx, 'missing', clip())).rejects.toMatchObject({ code: 'db.notFound' });
    expect(await ctx.db.media.count()).toBe(1);
  });

  it('writes the consent and its recorded proof together, and keeps the proof out of the story media', async () => {
    const ctx = await context();
    const story = await saveStory(ctx, draft, 'Rina');
    await addStoryMedia(
      ctx,
      story.id,
      clip({ kind: 'video', blob: new Blob([new Uint8Array(9000)], { type: 'video/webm' }) }),
    );
    const given = await giveConsent(ctx, story.id, consent, clip());
    expect(given.consent).toMatchObject({ given: true, by: 'Siti Rahmawati', method: 'recorded', recordedAt: NOW });
    expect(canPublish(given)).toEqual({ ok: true });
    const all = await listStoryMedia(ctx.db, story.id);
    expect(all).toHaveLength(2);
    expect(all.map((m) => m.id)).toContain(given.consent.mediaId);
    expect(storyMediaOnly(given, all).map((m) => m.kind)).toEqual(['video']);
  });

  it('writes neither consent nor proof when the consent is incomplete', async () => {
    const ctx = await context();
    const story = await saveStory(ctx, draft, 'Rina');
    await expect(giveConsent(ctx, story.id, { ...consent, agreed: false }, clip())).rejects.toMatchObject({
      code: 'input.invalid',
    });
    expect(await ctx.db.media.count()).toBe(0);
    expect((await ctx.db.stories.get(story.id))?.consent.given).toBe(false);
  });

  it('locks the story again when the family withdraws consent', async () => {
    const ctx = await context();
    const story = await saveStory(ctx, draft, 'Rina');
    await giveConsent(ctx, story.id, { ...consent, method: 'verbal' }, null);
    const withdrawn = await withdrawConsent(ctx, story.id);
    expect(canPublish(withdrawn)).toEqual({ ok: false, reason: 'noConsent' });
  });

  it('deletes a clip or the whole story as tombstones without their bytes, in one go', async () => {
    const ctx = await context();
    const story = await saveStory(ctx, draft, 'Rina');
    const one = await addStoryMedia(ctx, story.id, clip());
    const two = await addStoryMedia(ctx, story.id, clip());
    await deleteStoryMedia(ctx, one);
    expect((await ctx.db.media.get(one.id))?.blob.size).toBe(0);
    expect(await listStoryMedia(ctx.db, story.id)).toHaveLength(1);

    await deleteStory(ctx, story.id);
    const gone = await ctx.db.stories.get(story.id);
    expect(gone?.deletedAt).toBe(NOW);
    const twoAfter = await ctx.db.media.get(two.id);
    expect(twoAfter?.deletedAt).toBe(NOW);
    expect(twoAfter?.blob.size).toBe(0);
    const changes = await ctx.db.changes.toArray();
    expect(changes.filter((c) => c.op === 'delete').map((c) => c.key)).toEqual([one.id, two.id, story.id]);
  });
});
