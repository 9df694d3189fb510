/**
 * The checks a case, its entries and its closure pass before anything is written. Each returns
 * every problem at once, tied to its field, in catalogue keys with values (a NIK's reasons come
 * from shared/rules/validate-nik.ts, the same ones the family form shows).
 *
 * A NIK may be left empty (a supervisor does not always have it at hand when a case starts), but a
 * NIK that is typed must be valid. Dates cannot lie in the future where they record what happened
 * (opening, closing, a visit made); due dates can.
 */
import type { MessageKey } from '../i18n/translate';
import { isLocalDate } from '../model/clock';
import type { CaseEntryKind, CaseEntryStatus, CaseNeed, FamilyRef, ReferralService } from '../model/supervision';
import { CASE_NEEDS, REFERRAL_SERVICES } from '../model/supervision';
import type { LocalDate } from '../model/types';
import { type NikReason, validateNik } from '../rules/validate-nik';

export const MAX_TITLE = 120;
export const MAX_FIELD = 200;
export const MAX_TEXT = 4000;

export interface CaseIssue {
  readonly field: string;
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, string | number>>;
}

export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: CaseIssue[] };

function result<T>(issues: CaseIssue[], value: () => T): Checked<T> {
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: value() };
}

function checkLength(issues: CaseIssue[], field: string, value: string, max: number): void {
  if (value.length > max) issues.push({ field, key: 'care.error.tooLong' });
}

function checkDate(issues: CaseIssue[], field: string, value: string, today: LocalDate, past: boolean): void {
  if (!isLocalDate(value)) issues.push({ field, key: 'care.error.date' });
  else if (past && value > today) issues.push({ field, key: 'care.error.future' });
}

export function checkFamily(draft: FamilyRef, today: LocalDate): Checked<FamilyRef> {
  const issues: CaseIssue[] = [];
  const name = draft.name.trim();
  const nikInput = draft.nik.trim();
  let nik = '';
  if (name === '') issues.push({ field: 'name', key: 'care.case.error.name' });
  checkLength(issues, 'name', name, MAX_FIELD);
  if (nikInput !== '') {
    const checked = validateNik(nikInput, { today });
    if (checked.ok) nik = checked.nik;
    else for (const reason of checked.reasons) issues.push(nikIssue(reason));
  }
  checkLength(issues, 'pkhId', draft.pkhId.trim(), MAX_FIELD);
  checkLength(issues, 'address', draft.address.trim(), MAX_FIELD);
  return result(issues, () => ({
    memberId: draft.memberId,
    name,
    nik,
    pkhId: draft.pkhId.trim(),
    address: draft.address.trim(),
  }));
}

function nikIssue(reason: NikReason): CaseIssue {
  return { field: 'nik', key: reason.key, values: reason.values };
}

export interface Assessment {
  readonly bio: string;
  readonly psycho: string;
  readonly social: string;
  readonly needs: readonly CaseNeed[];
}

export interface CaseDraft {
  readonly family: FamilyRef;
  readonly title: string;
  readonly openedDate: LocalDate;
  readonly worker: string;
  readonly assessment: Assessment;
}

export function checkAssessment(draft: Assessment): Checked<Assessment> {
  const issues: CaseIssue[] = [];
  for (const field of ['bio', 'psycho', 'social'] as const) checkLength(issues, field, draft[field], MAX_TEXT);
  // Known needs only, each once, in the catalogue's order.
  const needs = CASE_NEEDS.filter((need) => draft.needs.includes(need));
  return result(issues, () => ({
    bio: draft.bio.trim(),
    psycho: draft.psycho.trim(),
    social: draft.social.trim(),
    needs,
  }));
}

export function checkCase(draft: CaseDraft, today: LocalDate): Checked<CaseDraft> {
  const family = checkFamily(draft.family, today);
  const assessment = checkAssessment(draft.assessment);
  const issues: CaseIssue[] = [...(family.ok ? [] : family.issues), ...(assessment.ok ? [] : assessment.issues)];
  const title = draft.title.trim();
  if (title === '') issues.push({ field: 'title', key: 'care.case.error.title' });
  checkLength(issues, 'title', title, MAX_TITLE);
  checkLength(issues, 'worker', draft.worker.trim(), MAX_FIELD);
  checkDate(issues, 'openedDate', draft.openedDate, today, true);
  if (!family.ok || !assessment.ok || issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: { ...draft, family: family.value, assessment: assessment.value, title, worker: draft.worker.trim() },
  };
}

export interface EntryDraft {
  readonly kind: CaseEntryKind;
  readonly text: string;
  readonly service: ReferralService | null;
  readonly status: CaseEntryStatus;
  readonly dueDate: LocalDate | null;
  readonly doneDate: LocalDate | null;
  readonly notes: string;
}

/**
 * An action needs its text (a due date is optional); a referral its service and date; a visit its
 * date and notes. A done entry needs the date it was done, not in the future.
 */
export function checkEntry(draft: EntryDraft, today: LocalDate): Checked<EntryDraft> {
  const issues: CaseIssue[] = [];
  const text = draft.text.trim();
  if (text === '') issues.push({ field: 'text', key: `care.entry.error.text.${draft.kind}` });
  checkLength(issues, 'text', text, MAX_TEXT);
  checkLength(issues, 'notes', draft.notes.trim(), MAX_TEXT);
  if (draft.kind === 'referral' && (draft.service === null || !REFERRAL_SERVICES.includes(draft.service)))
    issues.push({ field: 'service', key: 'care.entry.error.service' });
  if (draft.dueDate === null) {
    if (draft.kind !== 'action') issues.push({ field: 'dueDate', key: 'care.error.date' });
  } else checkDate(issues, 'dueDate', draft.dueDate, today, false);
  if (draft.status === 'done') {
    if (draft.doneDate === null) issues.push({ field: 'doneDate', key: 'care.error.date' });
    else checkDate(issues, 'doneDate', draft.doneDate, today, true);
  }
  return result(issues, () => ({
    ...draft,
    text,
    notes: draft.notes.trim(),
    service: draft.kind === 'referral' ? draft.service : null,
    doneDate: draft.status === 'done' ? draft.doneDate : null,
  }));
}

export interface Closure {
  readonly closedDate: LocalDate;
  readonly outcome: string;
}

export function checkClosure(draft: Closure, openedDate: LocalDate, today: LocalDate): Checked<Closure> {
  const issues: CaseIssue[] = [];
  const outcome = draft.outcome.trim();
  if (outcome === '') issues.push({ field: 'outcome', key: 'care.close.error.outcome' });
  checkLength(issues, 'outcome', outcome, MAX_TEXT);
  checkDate(issues, 'closedDate', draft.closedDate, today, true);
  if (isLocalDate(draft.closedDate) && draft.closedDate < openedDate)
    issues.push({ field: 'closedDate', key: 'care.close.error.beforeOpened' });
  return result(issues, () => ({ closedDate: draft.closedDate, outcome }));
}
