/**
 * The form-map language as types. The JSON shape, an example and the rules live with the schema
 * in `form-map-schema.ts`; a parsed map is always one of these.
 */
import type { RecordKind } from './fill-record';
import type { ValueTables } from './render-template';

/** Options every locator strategy may carry. */
export interface StrategyOptions {
  /** CSS of an iframe the field must sit in (any frame on its way). */
  readonly frame?: string;
  /** When the strategy matches several fields, take the first visible one instead of failing. */
  readonly pick?: 'firstVisible';
}

/**
 * One way to find a field. Text strategies compare normalised text (case, spacing, diacritics,
 * trailing `*`/`:` ignored) and may hold templates; `css` is evaluated by the collector, so it
 * may not.
 */
export type FieldStrategy = StrategyOptions &
  (
    | { readonly label: string }
    | { readonly name: string }
    | { readonly id: string }
    | { readonly css: string }
    | { readonly placeholder: string }
    | { readonly ariaLabel: string }
  );

export const FIELD_STRATEGY_KINDS = ['label', 'name', 'id', 'css', 'placeholder', 'ariaLabel'] as const;
export type FieldStrategyKind = (typeof FIELD_STRATEGY_KINDS)[number];

/** Finds a family's row: the cell under header `column` (any cell if omitted) equals `equals`. */
export interface RowStrategy extends StrategyOptions {
  readonly row: { readonly column?: string; readonly equals: string };
}

/** Ordered fallbacks: the first strategy that finds anything wins. */
export type Locator = readonly FieldStrategy[];

interface StepBase {
  /** The field's name as a person would say it; used in messages. */
  readonly field: string;
  /** When the target is missing (or the value empty), skip the step with a warning. */
  readonly optional?: boolean;
}

export interface FillStep extends StepBase {
  readonly kind: 'fill';
  readonly target: Locator;
  readonly value: string;
  /** At most this many characters; the field's own `maxlength` applies too. */
  readonly maxLength?: number;
  /** What to do with a value that is too long: refuse the record (default) or cut it with a warning. */
  readonly tooLong?: 'error' | 'truncate';
}

export interface SelectStep extends StepBase {
  readonly kind: 'select';
  readonly target: Locator;
  /** The option's value, or its visible text (matched exactly, then normalised). */
  readonly value: string;
  /** `native` sets the `<select>`; `select2` opens the custom dropdown, types and chooses. */
  readonly mode?: 'native' | 'select2';
  /** What to type into a select2 search box; defaults to the value. */
  readonly search?: string;
  /** For cascading selects: options appear after an earlier choice, wait up to this long. */
  readonly waitForOptionsMs?: number;
}

export interface CheckStep extends StepBase {
  readonly kind: 'check';
  readonly target: Locator;
  /** Pick, among the boxes the target finds, the one whose label or value is this. */
  readonly value?: string;
  /** Check (default) or clear. */
  readonly checked?: boolean;
}

export interface ClickStep extends StepBase {
  readonly kind: 'click';
  readonly target: Locator;
}

export interface UploadStep extends StepBase {
  readonly kind: 'upload';
  readonly target: Locator;
  /** Which photo: the first one the people shown agreed to share. */
  readonly photo: 'firstConsented';
}

export interface WaitForStep extends StepBase {
  readonly kind: 'waitFor';
  /** A CSS selector that must appear. */
  readonly selector?: string;
  /** A text that must appear on the page. */
  readonly text?: string;
  readonly frame?: string;
  readonly timeoutMs: number;
}

export interface SubmitStep extends StepBase {
  readonly kind: 'submit';
  readonly target: Locator;
}

export interface Pagination {
  /** The "next page" control; when it is missing or disabled, this is the last page. */
  readonly next: Locator;
  /** Informative: how many rows a page shows, for progress. */
  readonly rowsPerPage?: number;
  /** Stop after this many pages (default 50). */
  readonly maxPages?: number;
}

export type RowStep = FillStep | SelectStep | CheckStep | ClickStep | WaitForStep;

export interface ForEachRowStep extends StepBase {
  readonly kind: 'forEachRow';
  /** How to find each family's row; `{{member.…}}` is bound to that family. */
  readonly row: readonly RowStrategy[];
  /** Steps run inside the row: their targets only see the row's fields. */
  readonly steps: readonly RowStep[];
  /** A family whose row is not on the page: refuse the record (default) or skip with a warning. */
  readonly missingRow?: 'error' | 'skip';
  readonly pagination?: Pagination;
}

export type Step = RowStep | UploadStep | SubmitStep | ForEachRowStep;
export type StepKind = Step['kind'];

export interface SuccessCondition {
  readonly textContains?: string;
  readonly selector?: string;
  /** A regular expression (source) with one capture group: the portal's reference number. */
  readonly referencePattern?: string;
  readonly timeoutMs?: number;
}

export interface FormMap {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly description?: string;
  readonly appliesTo: { readonly urlPatterns: readonly string[] };
  readonly recordKind: RecordKind;
  readonly valueTables: ValueTables;
  readonly steps: readonly Step[];
  readonly success?: SuccessCondition;
}
