/**
 * The story card as a 1080×1080 PNG, the square most social media show without cropping: the
 * photo on top (cropped to fill), the title, a short quote, and a band with the programme mark
 * and the date. Drawn on a canvas by hand — no library, nothing fetched — so it works offline.
 * Colours are the app's own (styles.css).
 */
import { wrapLines } from './wrap-lines';

export const CARD_SIZE = 1080;

export interface CardContent {
  readonly title: string;
  readonly quote: string;
  readonly dateText: string;
  readonly mark: string;
  readonly photo: Blob | null;
}

const PAD = 64;
const PHOTO_HEIGHT = 560;
const BAND_TOP = 976;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
const COLOURS = { paper: '#fffaf0', ink: '#1c1917', muted: '#57534e', brand: '#9a3412', soft: '#fed7aa' } as const;

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function makeCanvas(): { context: Context2D; toPng: () => Promise<Blob> } {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(CARD_SIZE, CARD_SIZE);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2d context');
    return { context, toPng: () => canvas.convertToBlob({ type: 'image/png' }) };
  }
  const canvas = document.createElement('canvas');
  canvas.width = CARD_SIZE;
  canvas.height = CARD_SIZE;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2d context');
  return {
    context,
    toPng: () =>
      new Promise((resolve, reject) =>
        canvas.toBlob((blob) => (blob === null ? reject(new Error('toBlob')) : resolve(blob)), 'image/png'),
      ),
  };
}

async function drawPhoto(context: Context2D, photo: Blob | null): Promise<void> {
  if (photo === null) {
    context.fillStyle = COLOURS.soft;
    context.fillRect(0, 0, CARD_SIZE, PHOTO_HEIGHT);
    context.fillStyle = COLOURS.brand;
    context.font = `bold 360px ${FONT}`;
    context.textAlign = 'center';
    context.fillText('“', CARD_SIZE / 2, PHOTO_HEIGHT - 40);
    context.textAlign = 'left';
    return;
  }
  const bitmap = await createImageBitmap(photo, { imageOrientation: 'from-image' });
  try {
    // Cover: fill the whole area, crop what sticks out, keep the centre.
    const scale = Math.max(CARD_SIZE / bitmap.width, PHOTO_HEIGHT / bitmap.height);
    const width = CARD_SIZE / scale;
    const height = PHOTO_HEIGHT / scale;
    const sx = (bitmap.width - width) / 2;
    const sy = (bitmap.height - height) / 2;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, sx, sy, width, height, 0, 0, CARD_SIZE, PHOTO_HEIGHT);
  } finally {
    bitmap.close();
  }
}

export async function drawStoryCard(content: CardContent): Promise<Blob> {
  const { context, toPng } = makeCanvas();
  context.fillStyle = COLOURS.paper;
  context.fillRect(0, 0, CARD_SIZE, CARD_SIZE);
  await drawPhoto(context, content.photo);
  context.textBaseline = 'alphabetic';
  const width = CARD_SIZE - 2 * PAD;
  const measure = (text: string) => context.measureText(text).width;

  let y = PHOTO_HEIGHT + 88;
  context.fillStyle = COLOURS.ink;
  context.font = `bold 58px ${FONT}`;
  for (const line of wrapLines(content.title, width, measure, 2)) {
    context.fillText(line, PAD, y);
    y += 70;
  }

  if (content.quote !== '') {
    y += 12;
    const lineHeight = 52;
    const maxLines = Math.max(1, Math.floor((BAND_TOP - 36 - y + lineHeight) / lineHeight));
    context.font = `italic 40px ${FONT}`;
    const lines = wrapLines(`“${content.quote}”`, width - 32, measure, maxLines);
    context.fillStyle = COLOURS.brand;
    context.fillRect(PAD, y - 40, 8, (lines.length - 1) * lineHeight + 54);
    context.fillStyle = COLOURS.muted;
    for (const line of lines) {
      context.fillText(line, PAD + 32, y);
      y += lineHeight;
    }
  }

  context.fillStyle = COLOURS.brand;
  context.fillRect(0, BAND_TOP, CARD_SIZE, CARD_SIZE - BAND_TOP);
  context.fillStyle = '#ffffff';
  context.font = `bold 34px ${FONT}`;
  const markWidth = CARD_SIZE - 2 * PAD - 320;
  context.fillText(wrapLines(content.mark, markWidth, measure, 1)[0] ?? '', PAD, BAND_TOP + 64);
  context.font = `30px ${FONT}`;
  context.textAlign = 'right';
  context.fillText(content.dateText, CARD_SIZE - PAD, BAND_TOP + 64);
  context.textAlign = 'left';
  return toPng();
}
