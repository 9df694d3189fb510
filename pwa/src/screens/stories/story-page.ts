/**
 * The story as one self-contained HTML page, to post or send as a file: the photo inlined as a
 * data URL, the text escaped (a name like `<b>Siti</b>` shows as typed, never as markup), and a
 * Content-Security-Policy that forbids scripts and every outside request, so even a mistake in
 * escaping could not run anything. Pure: tested without a browser.
 */
import type { Lang } from '../../../../shared/i18n/translate';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Only image data URLs of the types we store are inlined; anything else is left out. */
function safeImageUrl(url: string | null): string | null {
  if (url === null) return null;
  return /^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/.test(url) ? url : null;
}

export interface StoryPageContent {
  readonly lang: Lang;
  readonly title: string;
  readonly text: string;
  readonly dateText: string;
  readonly mark: string;
  readonly photoDataUrl: string | null;
  readonly photoAlt: string;
}

const paragraphs = (text: string): string =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
    .join('\n');

export function buildStoryPage(content: StoryPageContent): string {
  const photo = safeImageUrl(content.photoDataUrl);
  return `<!doctype html>
<html lang="${content.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(content.title)}</title>
<style>
body{margin:0;background:#fffaf0;color:#1c1917;font:18px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
article{max-width:720px;margin:0 auto;padding:0 0 32px;background:#fff}
img{display:block;width:100%;height:auto}
.body{padding:20px 24px}
h1{font-size:1.8rem;line-height:1.25;margin:0 0 12px}
footer{display:flex;justify-content:space-between;gap:12px;flex-wrap:wrap;margin:0 24px;padding-top:12px;border-top:2px solid #9a3412;color:#9a3412;font-weight:700}
</style>
</head>
<body>
<article>
${photo === null ? '' : `<img src="${photo}" alt="${escapeHtml(content.photoAlt)}">`}
<div class="body">
<h1>${escapeHtml(content.title)}</h1>
${paragraphs(content.text)}
</div>
<footer><span>${escapeHtml(content.mark)}</span><span>${escapeHtml(content.dateText)}</span></footer>
</article>
</body>
</html>
`;
}
