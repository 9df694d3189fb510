/**
 * A photo's bytes must start like the picture type its row claims, and so must a story's media
 * file. This refuses an archive or any other file riding inside a bundle under a photo's or a
 * clip's name (a nested zip is named as such), and a file the browser could not play anyway.
 */
import type { MediaType } from './media-types';
import type { PhotoType } from './row-schemas';

const SIGNATURES: Readonly<Record<PhotoType, readonly (number | null)[]>> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  // RIFF, four bytes of length, WEBP.
  'image/webp': [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50],
};

const EBML = [0x1a, 0x45, 0xdf, 0xa3];
// Four bytes of box size, then `ftyp`.
const FTYP = [null, null, null, null, 0x66, 0x74, 0x79, 0x70];

const MEDIA_SIGNATURES: Readonly<Record<MediaType, readonly (number | null)[]>> = {
  ...SIGNATURES,
  'video/webm': EBML,
  'audio/webm': EBML,
  'video/mp4': FTYP,
  'audio/mp4': FTYP,
  'audio/ogg': [0x4f, 0x67, 0x67, 0x53], // OggS
};

const ARCHIVES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04], // zip
  [0x50, 0x4b, 0x05, 0x06], // empty zip
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // rar
  [0x4c, 0x45, 0x4e, 0x54, 0x45, 0x52, 0x41, 0x2d], // "LENTERA-": a bundle inside a bundle
];

const startsWith = (bytes: Uint8Array, signature: readonly (number | null)[]): boolean =>
  bytes.length >= signature.length && signature.every((byte, i) => byte === null || bytes[i] === byte);

/** Why these bytes are not a picture of this type, or null when they are. */
export function findPictureProblem(mimeType: PhotoType, bytes: Uint8Array): string | null {
  if (ARCHIVES.some((signature) => startsWith(bytes, signature))) return 'is an archive inside the bundle';
  return startsWith(bytes, SIGNATURES[mimeType]) ? null : `is not a picture of type ${mimeType}`;
}

/** Why these bytes are not a media file of this type, or null when they are. */
export function findMediaProblem(type: MediaType, bytes: Uint8Array): string | null {
  if (ARCHIVES.some((signature) => startsWith(bytes, signature))) return 'is an archive inside the bundle';
  return startsWith(bytes, MEDIA_SIGNATURES[type]) ? null : `is not a file of type ${type}`;
}
