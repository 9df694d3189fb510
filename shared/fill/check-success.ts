/**
 * Did the portal accept the entry, and what reference did it give? The executor reports what the
 * page shows after submitting; the map's `success` condition decides. Pure, so the ledger's rule
 * is tested without a browser.
 */
import type { SuccessCondition } from './form-map';

export interface PageAfterSubmit {
  /** The visible text of the page (all frames the executor can read). */
  readonly text: string;
  /** Whether `success.selector` matched an element (false when the map has none). */
  readonly selectorFound: boolean;
}

export interface SuccessResult {
  readonly ok: boolean;
  /** The first capture group of `referencePattern`, trimmed; null when there is none. */
  readonly reference: string | null;
}

export function checkSuccess(success: SuccessCondition, page: PageAfterSubmit): SuccessResult {
  const textOk = success.textContains === undefined || page.text.includes(success.textContains);
  const selectorOk = success.selector === undefined || page.selectorFound;
  const ok = textOk && selectorOk;
  if (!ok || success.referencePattern === undefined) return { ok, reference: null };
  const found = new RegExp(success.referencePattern).exec(page.text)?.[1]?.trim();
  return { ok, reference: found === undefined || found === '' ? null : found };
}
