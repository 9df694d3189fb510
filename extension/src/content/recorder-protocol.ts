/**
 * "Map this form": what the side panel and the recorder on the page say to each other over one
 * `runtime` port per recording (the panel connects to the tab's top frame). A port, not one-off
 * messages, because picks arrive whenever the user clicks, and because closing the panel
 * disconnects it, which ends the recording on the page by itself.
 *
 * What the page-side recorder reports is derived from the portal page, so the panel validates it
 * like any outside data.
 */
import * as v from 'valibot';
import type { FieldStrategy } from '../../../shared/fill/form-map';

export const RECORDER_PORT = 'lentera-recorder';

export const STEP_KINDS = ['fill', 'select', 'check', 'click', 'upload', 'submit'] as const;
export type RecordedStepKind = (typeof STEP_KINDS)[number];

/** One field the user clicked on the page, described and located with fallbacks. */
export interface RecordedField {
  /** Lower-case tag and type (`input`/`date`, `select`/`select-one`, `button`/`submit`). */
  readonly tag: string;
  readonly type: string;
  /** The label as a person reads it ('' when the field has none). */
  readonly label: string;
  readonly name: string;
  readonly id: string;
  readonly placeholder: string;
  /** Options of a select (at most 50), for choosing a fixed value. */
  readonly options: readonly { readonly value: string; readonly text: string }[];
  /** A select2-style widget in front of a hidden select. */
  readonly select2: boolean;
  readonly suggestedKind: RecordedStepKind;
  /** Strategies in order: label, name, id, css; only those that find exactly this field. */
  readonly target: readonly FieldStrategy[];
}

/** Texts the overlay shows, sent by the panel so they follow its language and catalogue. */
export interface RecorderTexts {
  readonly hint: string;
  readonly done: string;
  /** `{count}` is replaced by the number of fields picked. */
  readonly picked: string;
}

export type PanelToRecorder = { readonly kind: 'start'; readonly texts: RecorderTexts } | { readonly kind: 'stop' };

export type RecorderToPanel =
  | { readonly kind: 'picked'; readonly field: RecordedField }
  | { readonly kind: 'ended'; readonly reason: 'escape' | 'done' };

const text = v.pipe(v.string(), v.maxLength(2_000));
const strategy = v.union([
  v.strictObject({ label: v.pipe(text, v.nonEmpty()) }),
  v.strictObject({ name: v.pipe(text, v.nonEmpty()) }),
  v.strictObject({ id: v.pipe(text, v.nonEmpty()) }),
  v.strictObject({ css: v.pipe(text, v.nonEmpty()) }),
]);

const fieldSchema = v.strictObject({
  tag: text,
  type: text,
  label: text,
  name: text,
  id: text,
  placeholder: text,
  options: v.pipe(v.array(v.strictObject({ value: text, text })), v.maxLength(50)),
  select2: v.boolean(),
  suggestedKind: v.picklist(STEP_KINDS),
  target: v.pipe(v.array(strategy), v.minLength(1), v.maxLength(4)),
});

const toPanelSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('picked'), field: fieldSchema }),
  v.strictObject({ kind: v.literal('ended'), reason: v.picklist(['escape', 'done']) }),
]);

const toRecorderSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('start'),
    texts: v.strictObject({ hint: text, done: text, picked: text }),
  }),
  v.strictObject({ kind: v.literal('stop') }),
]);

export function parseRecorderMessage(value: unknown): RecorderToPanel | null {
  const parsed = v.safeParse(toPanelSchema, value);
  return parsed.success ? (parsed.output as RecorderToPanel) : null;
}

export function parsePanelMessage(value: unknown): PanelToRecorder | null {
  const parsed = v.safeParse(toRecorderSchema, value);
  return parsed.success ? parsed.output : null;
}
