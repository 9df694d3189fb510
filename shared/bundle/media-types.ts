/**
 * Which media of a story (a photo, a video testimony, a recorded voice or consent) may travel in a
 * bundle, under which name, and how big. A media row travels like a photo: without its Blob, naming
 * its file `media/<id>.<ext>` (`null` once deleted: the app drops the bytes of a deleted clip), and
 * the file's bytes sit stored, not deflated, in the zip.
 *
 * The row's `mimeType` is what the browser gave the Blob, so it may carry parameters
 * (`video/webm;codecs=vp8,opus` from MediaRecorder); the base type decides. Allowed: JPEG, PNG and
 * WebP pictures, WebM and MP4 video, WebM, Ogg and MP4 (m4a) audio. A voice recorded into a video
 * container (some recorders do) is an `audio` row of type `video/webm` or `video/mp4`.
 * `size` is the Blob's size and must equal the bytes in the file; each kind has its own cap.
 *
 * Apps that store media should check `travellingMediaType` when a clip is taken, so nothing is
 * kept that a backup could not carry.
 */
import type { MediaKind } from '../model/supervision';
import { BUNDLE_LIMITS } from './bundle-limits';

export const MEDIA_TYPES = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'video/webm': 'webm',
  'video/mp4': 'mp4',
  'audio/webm': 'weba',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
} as const;
export type MediaType = keyof typeof MEDIA_TYPES;

const EXTENSIONS = Object.values(MEDIA_TYPES).join('|');
export const MEDIA_ENTRY_RE = new RegExp(`^media/[0-9a-f-]{36}\\.(?:${EXTENSIONS})$`);

/** `;codecs=vp8,opus`-like parameters: short tokens only. */
const MIME_RE = /^([a-z]+\/[a-z0-9.+-]+)((?:\s*;\s*[a-z0-9-]+=(?:"[a-z0-9.,+ _-]*"|[a-z0-9.,+_-]+))*)\s*$/i;
export const MAX_MIME_LENGTH = 120;

/** The base type of `mimeType` when media of that type may travel, else null. */
export function travellingMediaType(mimeType: string): MediaType | null {
  if (mimeType.length > MAX_MIME_LENGTH) return null;
  const base = MIME_RE.exec(mimeType)?.[1]?.toLowerCase();
  return base !== undefined && Object.hasOwn(MEDIA_TYPES, base) ? (base as MediaType) : null;
}

/** Whether a row of this kind may hold this type (see the header for the voice-in-video case). */
export function kindFitsType(kind: MediaKind, type: MediaType): boolean {
  if (kind === 'photo') return type.startsWith('image/');
  if (kind === 'video') return type.startsWith('video/');
  return type.startsWith('audio/') || type.startsWith('video/');
}

/** The one name a media file may have inside the zip. */
export function mediaFileName(id: string, type: MediaType): string {
  return `media/${id}.${MEDIA_TYPES[type]}`;
}

/** The largest file an entry with this name may inflate to (by extension; rows check their kind). */
export function mediaEntryMaxBytes(name: string): number {
  const ext = name.slice(name.lastIndexOf('.') + 1);
  if (ext === 'jpg' || ext === 'png' || ext === 'webp') return BUNDLE_LIMITS.mediaBytes.photo;
  if (ext === 'webm' || ext === 'mp4') return BUNDLE_LIMITS.mediaBytes.video;
  return BUNDLE_LIMITS.mediaBytes.audio;
}
