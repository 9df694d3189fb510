/**
 * Shrinks a photo on the device before it is stored: long side at most 1280 px, JPEG at quality
 * 0.7 — a few hundred kilobytes instead of several megabytes, so weeks of sessions fit on a cheap
 * tablet and a bundle stays small enough to share. EXIF orientation is applied while decoding
 * (`imageOrientation: 'from-image'`), so a portrait shot stays upright; re-encoding drops the EXIF
 * block itself (including any GPS position).
 */
import { AppError } from '../../../shared/errors';

export const MAX_SIDE = 1280;
export const JPEG_QUALITY = 0.7;
/** Larger files are refused before decoding: a decoded 30 MB JPEG can exhaust a tablet's memory. */
export const MAX_INPUT_BYTES = 30 * 1024 * 1024;
/** About 50 megapixels; beyond that the decoded bitmap alone needs 200 MB. */
export const MAX_PIXELS = 50_000_000;

export type ImageProblem = 'notImage' | 'tooLarge' | 'unreadable';

export interface CompressedImage {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  readonly originalWidth: number;
  readonly originalHeight: number;
  readonly originalBytes: number;
}

/** The problem named by an error from `compressImage`, if it was one of ours. */
export function imageProblemOf(error: unknown): ImageProblem | null {
  if (!(error instanceof AppError) || error.code !== 'input.invalid' || error.details.field !== 'photo') return null;
  const reason = error.details.reason;
  return reason === 'notImage' || reason === 'tooLarge' || reason === 'unreadable' ? reason : null;
}

function problem(reason: ImageProblem, detail: string): AppError {
  return new AppError('input.invalid', { field: 'photo', reason, detail });
}

/** The size that fits `maxSide` on the long side, keeping the aspect ratio; never enlarges. */
export function fitWithin(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function compressImage(
  file: Blob,
  options: { maxSide?: number; quality?: number } = {},
): Promise<CompressedImage> {
  const maxSide = options.maxSide ?? MAX_SIDE;
  const quality = options.quality ?? JPEG_QUALITY;
  // Some galleries hand over files without a type; let the decoder judge those.
  if (file.type !== '' && !file.type.startsWith('image/')) throw problem('notImage', file.type);
  if (file.size > MAX_INPUT_BYTES) throw problem('tooLarge', String(file.size));
  if (file.size === 0) throw problem('notImage', 'empty');

  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch (error) {
    throw new AppError(
      'input.invalid',
      { field: 'photo', reason: file.type === '' ? 'notImage' : 'unreadable', detail: String(error) },
      { cause: error },
    );
  }
  try {
    if (bitmap.width * bitmap.height > MAX_PIXELS) throw problem('tooLarge', `${bitmap.width}×${bitmap.height}`);
    const size = fitWithin(bitmap.width, bitmap.height, maxSide);
    const blob = await encode(bitmap, size, quality);
    return {
      blob,
      ...size,
      originalWidth: bitmap.width,
      originalHeight: bitmap.height,
      originalBytes: file.size,
    };
  } finally {
    bitmap.close();
  }
}

async function encode(bitmap: ImageBitmap, size: { width: number; height: number }, quality: number): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (context === null) throw problem('unreadable', 'no 2d context');
    draw(context, bitmap, size);
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (context === null) throw problem('unreadable', 'no 2d context');
  draw(context, bitmap, size);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob === null ? reject(problem('unreadable', 'toBlob')) : resolve(blob)),
      'image/jpeg',
      quality,
    ),
  );
}

function draw(
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D,
  bitmap: ImageBitmap,
  size: { width: number; height: number },
): void {
  // JPEG has no transparency: a transparent PNG would otherwise turn black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, size.width, size.height);
}
