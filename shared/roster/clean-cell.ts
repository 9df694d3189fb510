/**
 * Cell hygiene for text that came from a file. Roster files travel between offices and phones;
 * a cell that starts with `=`, `+`, `-` or `@` is a formula to a spreadsheet, and a formula in a
 * name can run when someone later opens an export in Excel ("CSV injection"). Lentera never
 * evaluates anything: it keeps the text and drops the leading formula marks, and says so.
 *
 * Control characters are removed (they break a screen reader and a CSV writer alike), spaces are
 * collapsed, and a lone "-" — how many spreadsheets write "none" — counts as empty.
 */

// C0 controls except tab/newline (turned into spaces below), DEL, C1 controls, bidi overrides
// that can make a name read backwards, and the byte-order mark.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const FORMULA_START = /^[=+\-@\s]+/;
const EMPTY_MARKS = new Set(['-', '--', '—', '–', '.', 'n/a', 'na', '#n/a', 'null', 'nil']);

/** Trimmed, single-spaced, control characters removed. */
export function cleanText(value: string): string {
  return value.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** True when a cell says nothing: empty, or a placeholder such as "-" or "N/A". */
export function isBlankCell(value: string): boolean {
  const text = cleanText(value);
  return text === '' || EMPTY_MARKS.has(text.toLowerCase());
}

export interface Neutralized {
  readonly text: string;
  /** True when leading formula marks were removed. */
  readonly changed: boolean;
}

/**
 * Removes the marks that make a spreadsheet treat text as a formula, keeping the rest of the text.
 * A leading apostrophe (the spreadsheet way to say "this is text", also what `escapeCsvCell`
 * writes) is dropped first.
 */
export function neutralizeFormula(value: string): Neutralized {
  const text = cleanText(value).replace(/^'(?=[=+\-@])/, '');
  const stripped = text.replace(FORMULA_START, '');
  return { text: stripped, changed: stripped !== text };
}

/** A phone number keeps its leading "+" (+62…): that is the country code, not a formula. */
export function isPhoneLike(value: string): boolean {
  return /^\+?[\d\s().\-/]+$/.test(value);
}
