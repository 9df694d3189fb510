/**
 * What the content script's collector reports for each field on a portal page: plain data, so it
 * crosses the message boundary and the planner can work on it without a DOM.
 *
 * The collector walks the top document, every frame it can reach (or each frame's own content
 * script reports its part) and every open shadow root, and describes: form controls (`input`,
 * `textarea`, `select`), clickables (`button`, `input[type=submit|button]`, `a[href]`,
 * `[role=button]`, `[role=link]`, `[role=combobox]` for select2-style widgets).
 *
 * CSS cannot be evaluated without a DOM, so the collector is given the map's selectors
 * (`selectorsOf(map)`) and records which ones each element — and each iframe on its way — matches.
 */
import * as v from 'valibot';

/** Where a label text came from. The first four are explicit and outrank the others. */
export const LABEL_SOURCES = ['for', 'wrap', 'ariaLabelledby', 'ariaLabel', 'group', 'column', 'nearby'] as const;
export type LabelSource = (typeof LABEL_SOURCES)[number];

export interface FieldLabel {
  readonly text: string;
  /**
   * `for`: `<label for=id>`; `wrap`: a `<label>` around the control; `ariaLabelledby`/`ariaLabel`;
   * `group`: the fieldset legend or radiogroup name; `column`: the header of the table column the
   * control sits in; `nearby`: the closest preceding text (previous sibling, the parent's previous
   * sibling) for label-less React forms.
   */
  readonly source: LabelSource;
}

export interface SelectOption {
  readonly value: string;
  readonly text: string;
}

/** Set when the control sits in a table row: how forEachRow finds a family's row. */
export interface RowContext {
  /** Unique CSS path of the `<table>` (or `[role=table]`) inside its root. */
  readonly tableCss: string;
  /** Index of the row among the table body's rows. */
  readonly rowIndex: number;
  /** Header texts of the table, one per column (empty strings where a header cell is empty). */
  readonly headers: readonly string[];
  /** Visible text of each cell of the row. */
  readonly cells: readonly string[];
}

export interface CollectedField {
  /** Unique CSS paths of the iframes leading to the field's document, outermost first; [] for the top. */
  readonly framePath: readonly string[];
  /** The map's selectors that some iframe on `framePath` matches (for a locator's `frame`). */
  readonly frameMatches: readonly string[];
  /** Unique CSS paths of the shadow hosts, outermost first, inside the field's document. */
  readonly shadowPath: readonly string[];
  /** Unique CSS path of the element inside its root (document or shadow root). */
  readonly css: string;
  /** Lower-case tag name: `input`, `textarea`, `select`, `button`, `a`, `div`... */
  readonly tag: string;
  /** Lower-case `type` for inputs and buttons, `select-one`/`select-multiple` for selects, '' otherwise. */
  readonly type: string;
  /** The `role` attribute, '' when absent. */
  readonly role: string;
  readonly id: string;
  readonly name: string;
  readonly labels: readonly FieldLabel[];
  /** The element's own visible text (buttons and links), '' for form controls. */
  readonly text: string;
  readonly placeholder: string;
  readonly ariaLabel: string;
  /** Options of a native select, in order; [] otherwise. */
  readonly options: readonly SelectOption[];
  /** The `maxlength` attribute, null when absent. */
  readonly maxLength: number | null;
  /** The `accept` attribute of a file input, '' otherwise. */
  readonly accept: string;
  readonly visible: boolean;
  readonly disabled: boolean;
  readonly readOnly: boolean;
  /** Current value (`.value`; for a select, the selected option's value). */
  readonly value: string;
  readonly checked: boolean;
  /** The map's selectors this element matches (`element.matches(selector)`). */
  readonly matches: readonly string[];
  readonly row: RowContext | null;
}

const text = v.pipe(v.string(), v.maxLength(10_000));
const texts = v.pipe(v.array(text), v.maxLength(500));

export const collectedFieldSchema: v.GenericSchema<unknown, CollectedField> = v.strictObject({
  framePath: texts,
  frameMatches: texts,
  shadowPath: texts,
  css: text,
  tag: text,
  type: text,
  role: text,
  id: text,
  name: text,
  labels: v.pipe(v.array(v.strictObject({ text, source: v.picklist(LABEL_SOURCES) })), v.maxLength(50)),
  text,
  placeholder: text,
  ariaLabel: text,
  options: v.pipe(v.array(v.strictObject({ value: text, text })), v.maxLength(5_000)),
  maxLength: v.nullable(v.pipe(v.number(), v.integer())),
  accept: text,
  visible: v.boolean(),
  disabled: v.boolean(),
  readOnly: v.boolean(),
  value: text,
  checked: v.boolean(),
  matches: texts,
  row: v.nullable(
    v.strictObject({ tableCss: text, rowIndex: v.pipe(v.number(), v.integer()), headers: texts, cells: texts }),
  ),
});

/** Lower case, diacritics removed, every run of whitespace (NBSP included) one space, trimmed. */
export function normalizeText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * A label as a person reads it: `normalizeText`, then trailing required-marks and colons dropped,
 * so "Tanggal  Pertemuan :*" and "tanggal pertemuan" compare equal. Full stops are kept: the
 * portal's Materi options differ by one.
 */
export function normalizeLabel(value: string): string {
  return normalizeText(value).replace(/[\s*:]+$/u, '');
}

/** The key that identifies the table row a field sits in (frame, shadow root, table, row). */
export function rowKeyOf(field: CollectedField): string | null {
  if (field.row === null) return null;
  return [...field.framePath, '|', ...field.shadowPath, '|', field.row.tableCss, String(field.row.rowIndex)].join(
    '\u0001',
  );
}
