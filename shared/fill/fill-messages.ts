/**
 * The messages of the filling engine, declared into the one message map by module augmentation
 * (so shared/messages.ts stays untouched). Two audiences:
 *
 * - **Background** (side panel, PWA bridge → service worker): `fill.run` enters one record in a
 *   tab, `fill.maps` lists the form maps, `fill.ledger` lists what was sent. The panel listens for
 *   `fill.progress`, which the background broadcasts while a run goes on (no reply needed).
 * - **Content script** (background → the tab's top frame): `fill.hello`, `fill.collect`,
 *   `fill.execute`, `fill.pageState`. Only the background sends these.
 *
 * `fill.run` policy: refused (thrown, nothing written) when the record was already `sent` with
 * this map (`fill.alreadySent`, unless `force`), when the tab's origin is not granted
 * (`fill.notGranted`), when no map has this id or it does not apply to the tab's address
 * (`fill.noMap`), or the payload is malformed (`message.invalid`). Anything that goes wrong once
 * the run has started resolves with `status: 'failed'` and the error in `problems`, and the ledger
 * records it. Submitting is off unless `submit` is true.
 */
import type { ErrorData } from '../errors';
import type { FillResult } from '../model/types';
import type { ReadBack, ReadBackReport } from './check-read-back';
import type { CollectedField } from './collected-field';
import type { FillPlan, FillWarning } from './fill-plan';
import type { FillRecord } from './fill-record';
import type { FormMap } from './form-map';

/** What one `fill.run` did. `readBack` sums every page and step the run read back. */
export interface FillOutcome {
  readonly recordKey: string;
  readonly mapId: string;
  /** `sent`: submitted and the portal confirmed; `filled`: entered, submitting off; `failed`; `skipped`. */
  readonly status: FillResult;
  /** The portal's reference (several pages: joined with ", "), null when none was read. */
  readonly reference: string | null;
  readonly readBack: ReadBackReport['summary'];
  /** The error that stopped the run and every value the page changed or rejected. */
  readonly problems: readonly ErrorData[];
  readonly warnings: readonly FillWarning[];
  /** ISO instant the run ended. */
  readonly at: string;
}

/** One ledger row as the panel and the PWA show it. */
export interface LedgerView {
  readonly id: string;
  readonly recordKey: string;
  readonly mapId: string;
  readonly portalOrigin: string;
  readonly result: FillResult;
  readonly reference: string;
  /** The error that stopped the run, as plain data; null when there was none. */
  readonly error: ErrorData | null;
  readonly at: string;
}

export type FillPhase = 'check' | 'collect' | 'execute' | 'submit' | 'navigate' | 'done';

/** Broadcast by the background while `fill.run` works; `page` is the wizard step or table page. */
export interface FillProgress {
  readonly tabId: number;
  readonly recordKey: string;
  readonly mapId: string;
  readonly phase: FillPhase;
  /** How many plans (pages, wizard steps) were carried out so far. */
  readonly page: number;
  /** The step being carried out, e.g. `12.1 (check)`, '' between steps. */
  readonly step: string;
}

/** Photo bytes for an upload, looked up in the extension's database by the background. */
export interface FillFileBytes {
  readonly name: string;
  readonly mimeType: string;
  readonly base64: string;
}

/** Why `fill.execute` returned before the end of its range. */
export type ExecuteStop =
  /** A page-changing click (`click`, `submit`, next page) was carried out; the page may be navigating. */
  | { readonly kind: 'clicked'; readonly actionIndex: number; readonly navigating: boolean }
  /** A value did not stick; the click after it was not carried out. */
  | { readonly kind: 'readBackFailed'; readonly actionIndex: number }
  | { readonly kind: 'end' };

export interface ExecuteResult {
  /** Read-backs of the value actions carried out in this call, taken before any click. */
  readonly reads: readonly ReadBack[];
  readonly stop: ExecuteStop;
  /** Optional steps skipped at run time (a `waitFor` that timed out). */
  readonly warnings: readonly FillWarning[];
}

export interface PageState {
  readonly url: string;
  /** Visible text of the page and its same-origin frames. */
  readonly text: string;
  /** Whether `selector` (when asked) matched an element. */
  readonly selectorFound: boolean;
  /** Visible complaints: invalid fields with their messages, error alerts. */
  readonly errors: readonly string[];
}

declare module '../messages' {
  interface MessageMap {
    'fill.run': {
      request: { tabId: number; mapId: string; record: FillRecord; submit: boolean; force?: boolean };
      response: FillOutcome;
    };
    'fill.maps': { request: { url?: string }; response: { maps: FormMap[] } };
    'fill.ledger': { request: { recordKey?: string }; response: { entries: LedgerView[] } };
    'fill.progress': { request: FillProgress; response: null };

    /** Content: which document answers (a new `docId` means the page was replaced). */
    'fill.hello': { request: Record<string, never>; response: { docId: string; url: string } };
    'fill.collect': {
      request: { selectors: string[] };
      /** `navigatingLinks`: keys (frames, shadow hosts, css joined) of links that load another document. */
      response: { url: string; fields: CollectedField[]; invalidSelectors: string[]; navigatingLinks: string[] };
    };
    /** Content: carry out `plan.actions[from..to)`; stops after a page-changing click. */
    'fill.execute': {
      request: { plan: FillPlan; from: number; to: number; files: Record<string, FillFileBytes> };
      response: ExecuteResult;
    };
    'fill.pageState': { request: { selector?: string }; response: PageState };
  }
}
