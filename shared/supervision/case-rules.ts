/**
 * When case work is due, and what a month of case work adds up to.
 *
 * Every date is a local calendar date (`YYYY-MM-DD`) compared as text, and "today" is passed in:
 * an action due on the 10th is due today all day on the 10th wherever the device is, and overdue
 * from the 11th. Only live (not deleted) pending entries (see `isPendingEntry`) of open cases nag
 * anyone; a done or cancelled entry, or one of a closed case, is never due.
 *
 * Entry dates: `dueDate` is the date an action must be done by, the date a referral is made, the
 * date a visit is planned; `doneDate` is when it was done.
 */
import type { CaseEntry, CaseEntryStatus, CaseNeed, CaseRecord, ReferralService } from '../model/supervision';
import { CASE_ENTRY_STATUSES, CASE_NEEDS, REFERRAL_SERVICES } from '../model/supervision';
import type { LocalDate } from '../model/types';

export type DueState = 'overdue' | 'today' | 'upcoming';

const alive = <T extends { deletedAt: string | null }>(row: T): boolean => row.deletedAt === null;

/**
 * Still waiting to happen by its date: an action not done or cancelled (in progress still has a
 * deadline), a referral not made yet, a visit not made yet. A referral in progress has been made
 * and waits on the service, so its date is no longer a deadline.
 */
export function isPendingEntry(entry: CaseEntry): boolean {
  if (!alive(entry)) return false;
  return entry.status === 'planned' || (entry.kind === 'action' && entry.status === 'inProgress');
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const utc = (date: LocalDate): number => {
    const [y, m, d] = date.split('-').map(Number);
    return Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** Where a pending entry stands today; `null` when it has no date or is not pending. */
export function dueState(entry: CaseEntry, today: LocalDate): DueState | null {
  if (!isPendingEntry(entry) || entry.dueDate === null) return null;
  if (entry.dueDate < today) return 'overdue';
  return entry.dueDate === today ? 'today' : 'upcoming';
}

export interface DueEntry {
  readonly entry: CaseEntry;
  readonly caseRecord: CaseRecord;
  readonly state: 'overdue' | 'today';
  /** Days past the due date (0 when due today). */
  readonly daysLate: number;
}

/** Pending entries of open cases due today or earlier: the most overdue first. */
export function dueCaseEntries(
  cases: readonly CaseRecord[],
  entries: readonly CaseEntry[],
  today: LocalDate,
): DueEntry[] {
  const open = new Map(cases.filter((c) => alive(c) && c.status === 'open').map((c) => [c.id, c]));
  const due: DueEntry[] = [];
  for (const entry of entries) {
    const caseRecord = open.get(entry.caseId);
    const state = dueState(entry, today);
    if (caseRecord === undefined || state === null || state === 'upcoming' || entry.dueDate === null) continue;
    due.push({ entry, caseRecord, state, daysLate: daysBetween(entry.dueDate, today) });
  }
  return due.sort(
    (a, b) => (a.entry.dueDate ?? '').localeCompare(b.entry.dueDate ?? '') || a.entry.id.localeCompare(b.entry.id),
  );
}

export interface CaseCounts {
  readonly open: number;
  readonly closed: number;
  readonly overdue: number;
  readonly dueToday: number;
}

export function caseCounts(cases: readonly CaseRecord[], entries: readonly CaseEntry[], today: LocalDate): CaseCounts {
  const live = cases.filter(alive);
  const due = dueCaseEntries(live, entries, today);
  return {
    open: live.filter((c) => c.status === 'open').length,
    closed: live.filter((c) => c.status === 'closed').length,
    overdue: due.filter((d) => d.state === 'overdue').length,
    dueToday: due.filter((d) => d.state === 'today').length,
  };
}

/** The due state of each pending entry of one case, for its screen (closed cases: none). */
export function caseDueStates(
  caseRecord: CaseRecord,
  entries: readonly CaseEntry[],
  today: LocalDate,
): Map<string, DueState> {
  const states = new Map<string, DueState>();
  if (caseRecord.status !== 'open') return states;
  for (const entry of entries) {
    const state = dueState(entry, today);
    if (state !== null) states.set(entry.id, state);
  }
  return states;
}

// --- the monthly case report ----------------------------------------------------------------------

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH_RE.test(value);
}

/** First and last local date of a `YYYY-MM` month. */
export function monthRange(month: string): { readonly first: LocalDate; readonly last: LocalDate } {
  const [y, m] = month.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y ?? 2000, m ?? 1, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(lastDay).padStart(2, '0')}` };
}

/** The month before or after (`delta` months away). */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1 + delta, 1));
  return date.toISOString().slice(0, 7);
}

export interface OverdueLine {
  readonly entry: CaseEntry;
  readonly caseRecord: CaseRecord;
  readonly daysLate: number;
}

export interface CaseMonthReport {
  readonly month: string;
  /** The date the figures are "as of": the month's last day, or today in the current month. */
  readonly asOf: LocalDate;
  readonly opened: number;
  readonly closed: number;
  /** Open on at least one day of the month. */
  readonly active: number;
  /** Still open on `asOf`. */
  readonly openAtEnd: number;
  /** Active cases per assessed need (a case can have several). */
  readonly byNeed: Readonly<Record<CaseNeed, number>>;
  /** Referrals dated in the month, by service and by their status now. */
  readonly referrals: Readonly<Record<ReferralService, Readonly<Record<CaseEntryStatus, number>>>>;
  readonly referralCount: number;
  /** Visits done in the month. */
  readonly visits: number;
  /** Entries of cases open on `asOf` that were past due and not done on `asOf`. */
  readonly overdue: readonly OverdueLine[];
  /** The active cases, oldest first, for the report's list. */
  readonly cases: readonly CaseRecord[];
}

const zeroStatuses = (): Record<CaseEntryStatus, number> =>
  Object.fromEntries(CASE_ENTRY_STATUSES.map((s) => [s, 0])) as Record<CaseEntryStatus, number>;

/** Was the case open on some day between `first` and `last`? */
function openDuring(c: CaseRecord, first: LocalDate, last: LocalDate): boolean {
  if (c.openedDate > last) return false;
  return c.status === 'open' || c.closedDate === null || c.closedDate >= first;
}

function openOn(c: CaseRecord, date: LocalDate): boolean {
  if (c.openedDate > date) return false;
  return c.status === 'open' || c.closedDate === null || c.closedDate > date;
}

export function monthlyCaseReport(
  cases: readonly CaseRecord[],
  entries: readonly CaseEntry[],
  month: string,
  today: LocalDate,
): CaseMonthReport {
  const { first, last } = monthRange(month);
  const asOf = today < last ? (today < first ? first : today) : last;
  const live = cases.filter(alive);
  const inMonth = (date: LocalDate | null): boolean => date !== null && date >= first && date <= last;
  const active = live.filter((c) => openDuring(c, first, last));
  const byNeed = Object.fromEntries(CASE_NEEDS.map((need) => [need, 0])) as Record<CaseNeed, number>;
  for (const c of active) for (const need of new Set(c.assessment.needs)) byNeed[need] += 1;

  const caseById = new Map(live.map((c) => [c.id, c]));
  const liveEntries = entries.filter((e) => alive(e) && caseById.has(e.caseId));
  const referrals = Object.fromEntries(REFERRAL_SERVICES.map((s) => [s, zeroStatuses()])) as Record<
    ReferralService,
    Record<CaseEntryStatus, number>
  >;
  let referralCount = 0;
  for (const e of liveEntries) {
    if (e.kind !== 'referral' || !inMonth(e.dueDate ?? e.doneDate)) continue;
    referrals[e.service ?? 'other'][e.status] += 1;
    referralCount += 1;
  }
  const visits = liveEntries.filter((e) => e.kind === 'visit' && e.status === 'done' && inMonth(e.doneDate)).length;

  const overdue: OverdueLine[] = [];
  for (const entry of liveEntries) {
    const caseRecord = caseById.get(entry.caseId);
    if (caseRecord === undefined || !openOn(caseRecord, asOf) || entry.dueDate === null || entry.dueDate >= asOf)
      continue;
    // Done later than `asOf` means it was still outstanding then; cancelled ones are not counted.
    const outstanding =
      isPendingEntry(entry) || (entry.status === 'done' && entry.doneDate !== null && entry.doneDate > asOf);
    if (outstanding) overdue.push({ entry, caseRecord, daysLate: daysBetween(entry.dueDate, asOf) });
  }
  overdue.sort((a, b) => (a.entry.dueDate ?? '').localeCompare(b.entry.dueDate ?? ''));

  return {
    month,
    asOf,
    opened: live.filter((c) => inMonth(c.openedDate)).length,
    closed: live.filter((c) => c.status === 'closed' && inMonth(c.closedDate)).length,
    active: active.length,
    openAtEnd: live.filter((c) => openOn(c, asOf)).length,
    byNeed,
    referrals,
    referralCount,
    visits,
    overdue,
    cases: [...active].sort((a, b) => a.openedDate.localeCompare(b.openedDate) || a.id.localeCompare(b.id)),
  };
}
