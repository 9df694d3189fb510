/**
 * Greedy line wrapping for text drawn on a canvas, which has no layout of its own. Pure: the
 * caller passes how wide a piece of text is (`ctx.measureText(s).width`), so it is tested without
 * a canvas. A word wider than a line is broken by characters; text beyond `maxLines` ends the last
 * line with an ellipsis that still fits.
 */
export function wrapLines(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
  maxLines: number = Number.POSITIVE_INFINITY,
): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let overflow = false;

  const push = (value: string): boolean => {
    if (lines.length >= maxLines) {
      overflow = true;
      return false;
    }
    lines.push(value);
    return true;
  };

  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '' && !push(line)) break;
    line = '';
    // A word too wide for a whole line: cut it into pieces that fit.
    let rest = word;
    while (measure(rest) > maxWidth) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut -= 1;
      if (!push(rest.slice(0, cut))) break;
      rest = rest.slice(cut);
    }
    if (overflow) break;
    line = rest;
  }
  if (!overflow && line !== '') push(line);
  if (!overflow) return lines;

  const last = lines.length - 1;
  let tail = lines[last] ?? '';
  while (tail !== '' && measure(`${tail}…`) > maxWidth) tail = tail.slice(0, -1);
  lines[last] = `${tail.replace(/[\s,;:.-]+$/, '')}…`;
  return lines;
}
