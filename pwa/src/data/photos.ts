/**
 * Photos of a session. The image arrives already compressed on the device
 * (platform/compress-image.ts); here it is validated and stored with its size, caption and the
 * consent of the people shown. A photo without consent is kept on the device but must not be sent
 * to the portal (`consent` is what senders check).
 *
 * Deleting keeps a tombstone so the deletion travels, but drops the image bytes: a deleted photo
 * must not keep using the storage of a cheap tablet, nor travel in a bundle.
 */
import type { LenteraDB } from '../../../shared/db/database';
import { createRow, softDeleteRow, updateRow, type WriteContext } from '../../../shared/db/write';
import { AppError } from '../../../shared/errors';
import type { Instant, Photo } from '../../../shared/model/types';

export const CAPTION_MAX = 200;

export interface NewPhoto {
  readonly sessionId: string;
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  readonly caption: string;
  readonly consent: boolean;
  readonly takenAt: Instant;
}

/** The session's live photos, oldest first. */
export async function listPhotos(db: LenteraDB, sessionId: string): Promise<Photo[]> {
  const rows = await db.photos.where('sessionId').equals(sessionId).toArray();
  return rows
    .filter((row) => row.deletedAt === null)
    .sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.id.localeCompare(b.id));
}

function checkCaption(caption: string): string {
  const trimmed = caption.trim();
  if (trimmed.length > CAPTION_MAX) {
    throw new AppError('input.invalid', { detail: `caption > ${CAPTION_MAX}`, field: 'caption' });
  }
  return trimmed;
}

const isSize = (n: number): boolean => Number.isInteger(n) && n > 0;

/** Stores a compressed photo. Bad input is refused before anything is written. */
export async function addPhoto(ctx: WriteContext, input: NewPhoto): Promise<Photo> {
  const caption = checkCaption(input.caption);
  if (!input.blob.type.startsWith('image/') || input.blob.size === 0) {
    throw new AppError('input.invalid', { detail: `photo type "${input.blob.type}"`, field: 'photo' });
  }
  if (!isSize(input.width) || !isSize(input.height)) {
    throw new AppError('input.invalid', { detail: `photo size ${input.width}×${input.height}`, field: 'photo' });
  }
  if (Number.isNaN(Date.parse(input.takenAt))) {
    throw new AppError('input.invalid', { detail: `takenAt ${input.takenAt}`, field: 'takenAt' });
  }
  return createRow(ctx, 'photos', {
    sessionId: input.sessionId,
    blob: input.blob,
    mimeType: input.blob.type,
    width: input.width,
    height: input.height,
    caption,
    takenAt: input.takenAt,
    consent: input.consent,
  });
}

export async function updatePhoto(
  ctx: WriteContext,
  photo: Photo,
  changes: { readonly caption?: string; readonly consent?: boolean },
): Promise<Photo> {
  const next: { caption?: string; consent?: boolean } = {};
  if (changes.caption !== undefined) next.caption = checkCaption(changes.caption);
  if (changes.consent !== undefined) next.consent = changes.consent;
  return updateRow(ctx, 'photos', photo, next);
}

export async function deletePhoto(ctx: WriteContext, photo: Photo): Promise<Photo> {
  return softDeleteRow(ctx, 'photos', { ...photo, blob: new Blob([], { type: photo.mimeType }) });
}

/**
 * When the photo was taken: a camera capture's file time is "now", a gallery file's is close to
 * when it was shot. A missing or future time (a wrong clock on another device) falls back to now.
 */
export function takenAtOf(file: Blob, now: Date): Instant {
  const lastModified = file instanceof File ? file.lastModified : Number.NaN;
  if (!Number.isFinite(lastModified) || lastModified <= 0 || lastModified > now.getTime()) return now.toISOString();
  return new Date(lastModified).toISOString();
}
