/**
 * The complaint flow as pure rules: which step may follow which, what a step must carry, how old a
 * complaint is and how a list of them is ordered. The screens offer only the moves `nextStatuses`
 * returns, and `applyComplaintStep` refuses any other, so a complaint cannot skip from "received"
 * to "closed" even through a stale screen.
 *
 *   received → documented → clarified → handled  → closed
 *                                     ↘ escalated → closed
 *
 * Closing needs the answer given to the family; escalating needs whom it went to. Ages count
 * calendar days (local dates, never 24-hour steps) from the day it was received to today, or to
 * the day it was closed.
 */
import { AppError } from '../errors';
import type { MessageKey } from '../i18n/translate';
import { isLocalDate } from '../model/clock';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  type Complaint,
  type ComplaintCategory,
  type ComplaintChannel,
  type ComplaintStatus,
  type ComplaintStep,
  type FamilyRef,
} from '../model/supervision';
import type { Instant, LocalDate } from '../model/types';
import { normalizeNik, validateNik } from '../rules/validate-nik';

export const COMPLAINT_FLOW: Readonly<Record<ComplaintStatus, readonly ComplaintStatus[]>> = {
  received: ['documented'],
  documented: ['clarified'],
  clarified: ['handled', 'escalated'],
  handled: ['closed'],
  escalated: ['closed'],
  closed: [],
};

/** Older than this many days, an open complaint is shown as late; older than the next, overdue. */
export const AGE_LATE_DAYS = 14;
export const AGE_OVERDUE_DAYS = 30;

export const TEXT_LIMITS = {
  name: 100,
  pkhId: 40,
  address: 200,
  description: 4000,
  note: 2000,
  answer: 4000,
  escalatedTo: 200,
} as const;

export type AgeLevel = 'fresh' | 'late' | 'overdue';

export function nextStatuses(status: ComplaintStatus): readonly ComplaintStatus[] {
  return COMPLAINT_FLOW[status];
}

export function canMoveComplaint(from: ComplaintStatus, to: ComplaintStatus): boolean {
  return COMPLAINT_FLOW[from].includes(to);
}

export function isOpenComplaint(complaint: Pick<Complaint, 'status'>): boolean {
  return complaint.status !== 'closed';
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const utc = (date: LocalDate) => {
    const [y, m, d] = date.split('-').map(Number);
    return Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** Days since the complaint was received: to today while open, to the closing day once closed. */
export function complaintAgeDays(
  complaint: Pick<Complaint, 'receivedDate' | 'status' | 'closedDate'>,
  today: LocalDate,
): number {
  const end = complaint.status === 'closed' && complaint.closedDate !== null ? complaint.closedDate : today;
  return Math.max(0, daysBetween(complaint.receivedDate, end));
}

/** Only open complaints grow late; a closed one is done whatever its age. */
export function complaintAgeLevel(complaint: Pick<Complaint, 'status'>, ageDays: number): AgeLevel {
  if (!isOpenComplaint(complaint)) return 'fresh';
  if (ageDays > AGE_OVERDUE_DAYS) return 'overdue';
  if (ageDays > AGE_LATE_DAYS) return 'late';
  return 'fresh';
}

/** Open ones first, the oldest on top (it waited longest); then closed ones, latest closed first. */
export function sortComplaints<T extends Pick<Complaint, 'id' | 'status' | 'receivedDate' | 'closedDate'>>(
  complaints: readonly T[],
): T[] {
  return [...complaints].sort((a, b) => {
    const openA = isOpenComplaint(a);
    const openB = isOpenComplaint(b);
    if (openA !== openB) return openA ? -1 : 1;
    if (openA) return a.receivedDate.localeCompare(b.receivedDate) || a.id.localeCompare(b.id);
    const closedA = a.closedDate ?? a.receivedDate;
    const closedB = b.closedDate ?? b.receivedDate;
    return closedB.localeCompare(closedA) || b.id.localeCompare(a.id);
  });
}

export interface ComplaintMove {
  readonly to: ComplaintStatus;
  readonly note: string;
  readonly at: Instant;
  /** The local date of `at`: the closing day when closing. */
  readonly today: LocalDate;
  readonly escalatedTo?: string;
  readonly answer?: string;
}

export type ComplaintChanges = Pick<Complaint, 'status' | 'history' | 'escalatedTo' | 'answer' | 'closedDate'>;

function refuse(field: string, reason: string, detail: string): AppError {
  return new AppError('input.invalid', { field, reason, detail });
}

function limited(value: string, field: keyof typeof TEXT_LIMITS): string {
  const trimmed = value.trim();
  if (trimmed.length > TEXT_LIMITS[field]) throw refuse(field, 'tooLong', `${field} > ${TEXT_LIMITS[field]}`);
  return trimmed;
}

/**
 * The changes one step makes: the new status, the step appended to the history, and for an
 * escalation or a closing the extra it needs. Throws `input.invalid` (nothing to write) when the
 * move is not allowed from the current status or misses what it needs.
 */
export function applyComplaintStep(complaint: Complaint, move: ComplaintMove): ComplaintChanges {
  if (!canMoveComplaint(complaint.status, move.to)) {
    throw refuse('status', 'transition', `${complaint.status} → ${move.to}`);
  }
  const note = limited(move.note, 'note');
  const step: ComplaintStep = { status: move.to, at: move.at, note };
  const changes: ComplaintChanges = {
    status: move.to,
    history: [...complaint.history, step],
    escalatedTo: complaint.escalatedTo,
    answer: complaint.answer,
    closedDate: complaint.closedDate,
  };
  if (move.to === 'escalated') {
    const escalatedTo = limited(move.escalatedTo ?? '', 'escalatedTo');
    if (escalatedTo === '') throw refuse('escalatedTo', 'required', 'escalatedTo');
    return { ...changes, escalatedTo };
  }
  if (move.to === 'closed') {
    const answer = limited(move.answer ?? '', 'answer');
    if (answer === '') throw refuse('answer', 'required', 'answer');
    if (!isLocalDate(move.today)) throw refuse('closedDate', 'date', move.today);
    return { ...changes, answer, closedDate: move.today };
  }
  return changes;
}

export type FamilyField = 'name' | 'nik' | 'pkhId' | 'address';

export interface FormIssue<F extends string> {
  readonly field: F;
  readonly key: MessageKey;
  readonly values: Readonly<Record<string, string | number>>;
}

/**
 * A family as picked from this device or typed: a name is needed; a NIK, when typed, must be a
 * possible one (leave it empty when the family does not have it at hand).
 */
export function checkFamilyRef(
  ref: FamilyRef,
  today: LocalDate,
): { readonly family: FamilyRef | null; readonly issues: readonly FormIssue<FamilyField>[] } {
  const issues: FormIssue<FamilyField>[] = [];
  const name = ref.name.trim();
  if (name === '') issues.push({ field: 'name', key: 'complaints.check.nameEmpty', values: {} });
  const tooLong = (field: 'name' | 'pkhId' | 'address', value: string) => {
    if (value.length > TEXT_LIMITS[field]) {
      issues.push({ field, key: 'complaints.check.tooLong', values: { max: TEXT_LIMITS[field] } });
    }
  };
  tooLong('name', name);
  tooLong('pkhId', ref.pkhId.trim());
  tooLong('address', ref.address.trim());
  let nik = normalizeNik(ref.nik);
  if (nik !== '') {
    const checked = validateNik(nik, { today });
    if (checked.ok) nik = checked.nik;
    else for (const reason of checked.reasons) issues.push({ field: 'nik', key: reason.key, values: reason.values });
  }
  if (issues.length > 0) return { family: null, issues };
  return {
    family: { memberId: ref.memberId, name, nik, pkhId: ref.pkhId.trim(), address: ref.address.trim() },
    issues,
  };
}

export interface ComplaintDraft {
  readonly complainant: FamilyRef;
  readonly category: ComplaintCategory | null;
  readonly channel: ComplaintChannel;
  readonly receivedDate: LocalDate;
  readonly description: string;
}

export type ComplaintField = FamilyField | 'category' | 'channel' | 'receivedDate' | 'description';

export type CheckedComplaint = Pick<Complaint, 'complainant' | 'category' | 'channel' | 'receivedDate' | 'description'>;

/** Every reason the new complaint cannot be saved yet, all at once; `complaint` when there is none. */
export function checkComplaintDraft(
  draft: ComplaintDraft,
  today: LocalDate,
): { readonly complaint: CheckedComplaint | null; readonly issues: readonly FormIssue<ComplaintField>[] } {
  const family = checkFamilyRef(draft.complainant, today);
  const issues: FormIssue<ComplaintField>[] = [...family.issues];
  const { category } = draft;
  if (category === null || !COMPLAINT_CATEGORIES.includes(category)) {
    issues.push({ field: 'category', key: 'complaints.check.category', values: {} });
  }
  if (!COMPLAINT_CHANNELS.includes(draft.channel)) {
    issues.push({ field: 'channel', key: 'complaints.check.channel', values: {} });
  }
  if (!isLocalDate(draft.receivedDate)) {
    issues.push({ field: 'receivedDate', key: 'complaints.check.date', values: {} });
  } else if (draft.receivedDate > today) {
    issues.push({ field: 'receivedDate', key: 'complaints.check.dateFuture', values: {} });
  }
  const description = draft.description.trim();
  if (description === '') issues.push({ field: 'description', key: 'complaints.check.descriptionEmpty', values: {} });
  if (description.length > TEXT_LIMITS.description) {
    issues.push({ field: 'description', key: 'complaints.check.tooLong', values: { max: TEXT_LIMITS.description } });
  }
  if (issues.length > 0 || family.family === null || category === null) return { complaint: null, issues };
  return {
    complaint: {
      complainant: family.family,
      category,
      channel: draft.channel,
      receivedDate: draft.receivedDate,
      description,
    },
    issues,
  };
}
