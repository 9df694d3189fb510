/**
 * After the executor has carried a plan out and the page has settled, it reads every field back.
 * This compares what the page shows with what the plan expected: `ok`; `changed` (the page kept
 * something else, e.g. reformatted a date or cut a text); `rejected` (the field is empty, gone or
 * marked invalid); `unchecked` (nothing to read, like a click, or no reading came back).
 */
import type { ErrorData } from '../errors';
import { normalizeText } from './collected-field';
import type { FillAction, FillPlan, ReadBackExpect } from './fill-plan';

/** What the executor read from one action's element. */
export interface ReadBack {
  /** Index of the action in `plan.actions`. */
  readonly actionIndex: number;
  /** False when the element could not be found any more. */
  readonly present: boolean;
  /** `.value` (for a select, the selected option's value). */
  readonly value: string;
  /** The selected option's text, or a custom dropdown's shown text; '' otherwise. */
  readonly text: string;
  readonly checked: boolean;
  /** Names of the files a file input holds. */
  readonly files: readonly string[];
  /** The page's complaint about the field (validation message, error text under it), '' if none. */
  readonly invalidMessage: string;
}

export type ReadBackStatus = 'ok' | 'changed' | 'rejected' | 'unchecked';

export interface ActionReadBack {
  readonly actionIndex: number;
  readonly step: string;
  readonly field: string;
  readonly status: ReadBackStatus;
  readonly expected: string;
  readonly actual: string;
  readonly message: string;
}

export interface ReadBackReport {
  readonly actions: readonly ActionReadBack[];
  readonly summary: Readonly<Record<ReadBackStatus, number>> & { readonly allOk: boolean };
  /** One `fill.valueRejected` per changed or rejected field, ready for `describeError`. */
  readonly problems: readonly ErrorData[];
}

function expectedText(expect: ReadBackExpect): string {
  switch (expect.kind) {
    case 'value':
      return expect.value;
    case 'option':
      return expect.text;
    case 'checked':
      return String(expect.checked);
    case 'file':
      return expect.name;
  }
}

function judge(expect: ReadBackExpect, read: ReadBack): { status: ReadBackStatus; actual: string } {
  switch (expect.kind) {
    case 'value': {
      const actual = read.value;
      if (actual === expect.value) return { status: 'ok', actual };
      return { status: actual === '' ? 'rejected' : 'changed', actual };
    }
    case 'option': {
      const actual = read.text !== '' ? read.text : read.value;
      // Chosen at run time: the wanted text may be the option's value or its text, as in matchOption.
      const same =
        expect.value !== null
          ? read.value === expect.value
          : read.value === expect.text || normalizeText(read.text) === normalizeText(expect.text);
      if (same) return { status: 'ok', actual };
      return { status: actual.trim() === '' ? 'rejected' : 'changed', actual };
    }
    case 'checked':
      return { status: read.checked === expect.checked ? 'ok' : 'rejected', actual: String(read.checked) };
    case 'file': {
      const actual = read.files.join(', ');
      if (read.files.includes(expect.name)) return { status: 'ok', actual };
      return { status: read.files.length === 0 ? 'rejected' : 'changed', actual };
    }
  }
}

function check(action: FillAction, actionIndex: number, read: ReadBack | undefined): ActionReadBack {
  const base = { actionIndex, step: action.step, field: action.field };
  const { expect } = action;
  if (expect === null) return { ...base, status: 'unchecked', expected: '', actual: '', message: '' };
  const expected = expectedText(expect);
  if (read === undefined) return { ...base, status: 'unchecked', expected, actual: '', message: '' };
  if (!read.present) return { ...base, status: 'rejected', expected, actual: '', message: '' };
  const { status, actual } = judge(expect, read);
  const message = read.invalidMessage.trim();
  return { ...base, status: message !== '' ? 'rejected' : status, expected, actual, message };
}

export function compareReadBack(plan: FillPlan, readValues: readonly ReadBack[]): ReadBackReport {
  const byIndex = new Map(readValues.map((r) => [r.actionIndex, r]));
  const actions = plan.actions.map((action, index) => check(action, index, byIndex.get(index)));
  const count = (status: ReadBackStatus): number => actions.filter((a) => a.status === status).length;
  const unread = plan.actions.some((a, i) => a.expect !== null && !byIndex.has(i));
  const summary = {
    ok: count('ok'),
    changed: count('changed'),
    rejected: count('rejected'),
    unchecked: count('unchecked'),
  };
  const problems: ErrorData[] = actions
    .filter((a) => a.status === 'changed' || a.status === 'rejected')
    .map((a) => ({
      code: 'fill.valueRejected',
      details: { step: a.step, field: a.field, actual: a.message !== '' ? `${a.actual} — ${a.message}` : a.actual },
    }));
  return { actions, summary: { ...summary, allOk: summary.changed + summary.rejected === 0 && !unread }, problems };
}
