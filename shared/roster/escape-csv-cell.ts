/**
 * Makes a value safe to put in a CSV someone will open in a spreadsheet: text that starts with
 * `=`, `+`, `-`, `@` (or a tab or carriage return, which some spreadsheets skip before reading a
 * formula) gets a leading apostrophe, so it shows as text and never runs (OWASP "CSV injection").
 * Quoting of commas, quotes and newlines is the CSV writer's job (papaparse's unparse).
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export function escapeCsvCell(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}
