// @ts-check
/**
 * The one results table: a row per measure with median, p95 and max where a measure has samples,
 * its budget, and a status (ok / OVER / n/a with the reason). Printed as aligned text and written
 * as Markdown into PERFORMANCE.md by hand.
 */

/**
 * @typedef {{ area: string, measure: string, value: string, p95?: string, max?: string,
 *   budget?: string, status?: string, note?: string }} Row
 */

const KIB = 1024;

/** @param {number} bytes */
export const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;
/** @param {number} bytes */
export const mib = (bytes) => `${(bytes / KIB / KIB).toFixed(0)} MiB`;
/** @param {number} ms */
export const ms = (ms) =>
  Number.isFinite(ms) ? (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`) : '—';
/** @param {number} n */
export const count = (n) => Math.round(n).toLocaleString('en');

/** @param {Row[]} rows */
export function textTable(rows) {
  const headers = ['Area', 'Measure', 'Median / value', 'p95', 'Max', 'Budget', 'Status'];
  const cells = rows.map((r) => [r.area, r.measure, r.value, r.p95 ?? '', r.max ?? '', r.budget ?? '', r.status ?? '']);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (/** @type {string[]} */ c) =>
    c
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const notes = rows.map((r, i) => (r.note ? `  [${i + 1}] ${r.measure}: ${r.note}` : '')).filter((n) => n !== '');
  return [
    line(headers),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map(line),
    ...(notes.length ? ['', 'Notes:', ...notes] : []),
  ].join('\n');
}

/** @param {Row[]} rows */
export function markdownTable(rows) {
  const esc = (/** @type {string} */ s) => s.replaceAll('|', '\\|');
  const out = ['| Area | Measure | Median / value | p95 | Max | Budget | Status |', '|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    out.push(
      `| ${[
        r.area,
        r.measure + (r.note ? ` (${r.note})` : ''),
        r.value,
        r.p95 ?? '',
        r.max ?? '',
        r.budget ?? '',
        r.status ?? '',
      ]
        .map(esc)
        .join(' | ')} |`,
    );
  }
  return out.join('\n');
}
