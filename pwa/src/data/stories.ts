/**
 * Success stories and their media on this device. A story is saved first (family, title, text);
 * photos and clips hang off it as `media` rows; the family's consent is recorded on the story,
 * with its own media row (the photo of a signed form, a recorded "yes") written in the same
 * transaction so the consent never points at a clip that was not stored.
 *
 * Deleting keeps tombstones so the deletion travels, but drops the bytes: a deleted clip must not
 * keep using a cheap tablet's storage, nor travel in a bundle.
 */
import type { LenteraDB } from '../../../shared/db/database';
import { createRow, newMeta, putRows, softDeleteRow, updateRow, type WriteContext } from '../../../shared/db/write';
import { AppError } from '../../../shared/errors';
import { localDate } from '../../../shared/model/clock';
import type { Media, MediaKind, Story } from '../../../shared/model/supervision';
import type { Instant } from '../../../shared/model/types';
import {
  type ConsentDraft,
  checkConsentDraft,
  checkStoryDraft,
  mediaProblem,
  NO_CONSENT,
  type StoryDraft,
} from '../../../shared/supervision/story-rules';

const alive = <T extends { deletedAt: string | null }>(row: T): boolean => row.deletedAt === null;

/** Live stories, the most recently changed first. */
export async function listStories(db: LenteraDB): Promise<Story[]> {
  const rows = (await db.stories.toArray()).filter(alive);
  return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id));
}

export async function findStory(db: LenteraDB, id: string): Promise<Story | undefined> {
  const row = await db.stories.get(id);
  return row === undefined || !alive(row) ? undefined : row;
}

/** All live media of a story (its photos and clips, and the consent's own), oldest first. */
export async function listStoryMedia(db: LenteraDB, storyId: string): Promise<Media[]> {
  const rows = (await db.media.where('storyId').equals(storyId).toArray()).filter(alive);
  return rows.sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.id.localeCompare(b.id));
}

/** The story's own media, without the consent's. */
export function storyMediaOnly(story: Story, media: readonly Media[]): Media[] {
  return media.filter((item) => item.id !== story.consent.mediaId);
}

function invalid(field: string, detail: string): AppError {
  return new AppError('input.invalid', { field, detail });
}

/** Creates the story, or saves new text on an existing one (consent and media are kept). */
export async function saveStory(
  ctx: WriteContext,
  draft: StoryDraft,
  worker: string,
  existing?: Story,
): Promise<Story> {
  const checked = checkStoryDraft(draft, localDate(ctx.clock.now()));
  if (checked.story === null) {
    const first = checked.issues[0];
    throw invalid(first?.field ?? 'story', first?.key ?? 'story');
  }
  if (existing !== undefined) return updateRow(ctx, 'stories', existing, checked.story);
  return createRow(ctx, 'stories', { ...checked.story, consent: NO_CONSENT, worker: worker.trim() });
}

export interface NewMedia {
  readonly kind: MediaKind;
  readonly blob: Blob;
  readonly durationSeconds: number | null;
  readonly takenAt: Instant;
  readonly caption?: string;
}

function mediaRow(ctx: WriteContext, storyId: string, input: NewMedia): Media {
  const mimeType = input.blob.type;
  const problem = mediaProblem({
    kind: input.kind,
    mimeType,
    size: input.blob.size,
    durationSeconds: input.durationSeconds,
  });
  if (problem !== null) {
    throw new AppError('input.invalid', { field: 'media', reason: problem, detail: `${input.kind} ${mimeType}` });
  }
  if (Number.isNaN(Date.parse(input.takenAt))) throw invalid('takenAt', input.takenAt);
  return {
    ...newMeta(ctx),
    storyId,
    kind: input.kind,
    blob: input.blob,
    mimeType,
    size: input.blob.size,
    durationSeconds: input.durationSeconds === null ? null : Math.round(input.durationSeconds * 10) / 10,
    caption: (input.caption ?? '').trim().slice(0, 200),
    takenAt: input.takenAt,
  };
}

async function liveStory(db: LenteraDB, storyId: string): Promise<Story> {
  const story = await findStory(db, storyId);
  if (story === undefined) throw new AppError('db.notFound', { what: storyId });
  return story;
}

/** Stores a photo (already compressed) or a clip of the story. */
export async function addStoryMedia(ctx: WriteContext, storyId: string, input: NewMedia): Promise<Media> {
  const row = mediaRow(ctx, storyId, input);
  const { db } = ctx;
  return db.transaction('rw', [db.stories, db.media, db.changes], async () => {
    await liveStory(db, storyId);
    await putRows(ctx, 'media', [row]);
    return row;
  });
}

export async function deleteStoryMedia(ctx: WriteContext, media: Media): Promise<Media> {
  return softDeleteRow(ctx, 'media', { ...media, blob: new Blob([], { type: media.mimeType }) });
}

/**
 * Records the family's consent (and the media that proves it, when there is one) in one
 * transaction. Throws `input.invalid` when the consent is incomplete; nothing is written then.
 */
export async function giveConsent(
  ctx: WriteContext,
  storyId: string,
  draft: Omit<ConsentDraft, 'mediaId'>,
  proof: NewMedia | null,
): Promise<Story> {
  const now = ctx.clock.now();
  const proofRow = proof === null ? null : mediaRow(ctx, storyId, proof);
  const checked = checkConsentDraft({ ...draft, mediaId: proofRow?.id ?? null }, localDate(now), now.toISOString());
  if (checked.consent === null) {
    const first = checked.issues[0];
    throw invalid(first?.field ?? 'consent', first?.key ?? 'consent');
  }
  const consent = checked.consent;
  const { db } = ctx;
  return db.transaction('rw', [db.stories, db.media, db.changes], async () => {
    const story = await liveStory(db, storyId);
    if (proofRow !== null) await putRows(ctx, 'media', [proofRow]);
    return updateRow(ctx, 'stories', story, { consent });
  });
}

/** The family took its consent back: the story stays on the device but can no longer be shared. */
export async function withdrawConsent(ctx: WriteContext, storyId: string): Promise<Story> {
  const { db } = ctx;
  return db.transaction('rw', [db.stories, db.changes], async () => {
    const story = await liveStory(db, storyId);
    return updateRow(ctx, 'stories', story, { consent: { ...story.consent, given: false } });
  });
}

/** Deletes the story with all its media, in one transaction. */
export async function deleteStory(ctx: WriteContext, storyId: string): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', [db.stories, db.media, db.changes], async () => {
    const story = await liveStory(db, storyId);
    const media = await listStoryMedia(db, storyId);
    const at = ctx.clock.now().toISOString();
    await putRows(
      ctx,
      'media',
      media.map((item) => ({
        ...item,
        blob: new Blob([], { type: item.mimeType }),
        updatedAt: at,
        deletedAt: at,
        deviceId: ctx.deviceId,
      })),
    );
    await softDeleteRow(ctx, 'stories', story);
  });
}
