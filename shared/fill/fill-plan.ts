/**
 * What the planner hands the executor: concrete actions on fields the collector described, each
 * with what reading the field back must show. Plain data; it crosses the message boundary.
 */
import type { MessageKey, MessageValues } from '../i18n/translate';
import type { SelectOption } from './collected-field';
import type { FillPhotoRef, RecordKind } from './fill-record';
import type { FieldStrategyKind, SuccessCondition } from './form-map';

/** How the executor finds the element again: frame by frame, shadow root by shadow root. */
export interface FillTarget {
  readonly framePath: readonly string[];
  readonly shadowPath: readonly string[];
  readonly css: string;
  readonly tag: string;
  readonly type: string;
}

/** Which strategy of the step's locator found the field; `fallback` when it was not the first. */
export interface MatchedBy {
  readonly strategyIndex: number;
  readonly strategy: FieldStrategyKind | 'row';
  readonly fallback: boolean;
}

/** What the field must show when read back after the page settles. */
export type ReadBackExpect =
  | { readonly kind: 'value'; readonly value: string }
  /**
   * `value` is null when the option is only chosen at run time (cascading or remote options); then
   * `text` is what the map asked for, which the chosen option's value or text must be.
   */
  | { readonly kind: 'option'; readonly value: string | null; readonly text: string }
  | { readonly kind: 'checked'; readonly checked: boolean }
  | { readonly kind: 'file'; readonly name: string };

interface ActionBase {
  /** 0-based index in `map.steps`; for steps inside a forEachRow, that forEachRow's index. */
  readonly stepIndex: number;
  /** 0-based index inside the forEachRow's `steps`, null outside rows. */
  readonly rowStepIndex: number | null;
  /** For messages: 1-based, with the kind, e.g. `4 (select)` or `12.1 (check)`. */
  readonly step: string;
  readonly field: string;
  /** The family a row action is for. */
  readonly member: { readonly id: string; readonly nik: string; readonly name: string } | null;
  readonly matchedBy: MatchedBy | null;
  /** What goes in, as text (the option text, the checkbox's label, the file name, '' for clicks). */
  readonly value: string;
}

interface TargetedBase extends ActionBase {
  readonly target: FillTarget;
}

export type FillAction =
  | (TargetedBase & { readonly action: 'setValue'; readonly expect: ReadBackExpect })
  | (TargetedBase & {
      readonly action: 'selectOption';
      /** Chosen from the collected options; null when it must be chosen after waiting (`matchOption`). */
      readonly option: SelectOption | null;
      readonly waitForOptionsMs: number;
      readonly expect: ReadBackExpect;
    })
  | (TargetedBase & {
      readonly action: 'select2';
      readonly option: SelectOption | null;
      /** What to type into the dropdown's search box. */
      readonly search: string;
      readonly waitForOptionsMs: number;
      readonly expect: ReadBackExpect;
    })
  | (TargetedBase & { readonly action: 'check'; readonly checked: boolean; readonly expect: ReadBackExpect })
  | (TargetedBase & { readonly action: 'click'; readonly purpose: 'click' | 'nextPage'; readonly expect: null })
  | (TargetedBase & { readonly action: 'upload'; readonly photo: FillPhotoRef; readonly expect: ReadBackExpect })
  | (TargetedBase & { readonly action: 'submit'; readonly expect: null })
  | (ActionBase & {
      readonly action: 'waitFor';
      readonly target: null;
      readonly selector: string | null;
      readonly text: string | null;
      /** CSS of the iframe to watch, null for any. */
      readonly frame: string | null;
      readonly timeoutMs: number;
      readonly optional: boolean;
      readonly expect: null;
    });

export type FillActionKind = FillAction['action'];

/** Where to pick up after the page changed: pass it back as `resume` with freshly collected fields. */
export interface PlanResume {
  readonly stepIndex: number;
  /** Families of the current forEachRow already handled on earlier pages. */
  readonly doneMemberIds: readonly string[];
  /** 1-based page of the current forEachRow. */
  readonly page: number;
}

export type FillWarningKey = Extract<MessageKey, `extension.warning.${string}`>;

/** Something a person should know before the fill runs; the text comes from the catalogue. */
export interface FillWarning {
  readonly key: FillWarningKey;
  readonly step: string;
  readonly values: MessageValues;
}

export interface FillPlan {
  readonly mapId: string;
  readonly mapVersion: number;
  readonly recordKey: string;
  readonly recordKind: RecordKind;
  readonly actions: readonly FillAction[];
  readonly warnings: readonly FillWarning[];
  /**
   * `on`: the map's submit step runs (in this plan or a continuation); `off`: the map has one but
   * submitting is turned off, so it and every later step are left out; `none`: the map has none.
   */
  readonly submit: 'on' | 'off' | 'none';
  readonly success: SuccessCondition | null;
  /**
   * Set when this plan ends before the map does: after a `waitFor` (the page changes) or with a
   * "next page" click in a paginated table. Execute, collect again, plan again with this as `resume`.
   */
  readonly continuation: PlanResume | null;
}
