/**
 * The supervisor's view of their facilitators, from the rows imported from their bundles: per
 * facilitator (facilitator-key.ts: device + name, so two "Rina"s never mix) and per group, one
 * month's figures (group-month.ts) and a trend over several months.
 *
 * Which groups count: live, not the demo group; an archived group only in a month it met. Each
 * group belongs to exactly one facilitator, and its families, meetings, attendance and answers
 * follow it by id, so rows of different facilitators cannot mix. The supervisor's own groups (this
 * device, this profile's name) are returned apart.
 *
 * Cases and complaints: those about a family of a group count for that group and its facilitator.
 * One about no known family counts for the facilitator named as its worker, when the name is
 * unambiguous (one facilitator has it, or the row was last changed on that facilitator's device);
 * otherwise for nobody rather than for the wrong person.
 */
import type { CaseRecord, Complaint } from '../model/supervision';
import type { Attendance, Group, Instant, LocalDate, Member, QuizAnswer, Session } from '../model/types';
import { deviceOfKey, facilitatorKeyOf, foldedNameOfKey, foldName, type OwnIdentity } from './facilitator-key';
import {
  addQuiz,
  type GroupData,
  type GroupMonth,
  groupMonth,
  isCaseOpenOn,
  isComplaintOpenOn,
  type MonthFigures,
  type MonthOptions,
  monthFigures,
  NO_QUIZ,
  rateOf,
} from './group-month';
import { lastDay, monthsEndingWith } from './month-range';

export interface SupervisionInput {
  readonly groups: readonly Group[];
  readonly members: readonly Member[];
  readonly sessions: readonly Session[];
  readonly attendance: readonly Attendance[];
  readonly quizAnswers: readonly QuizAnswer[];
  readonly cases: readonly CaseRecord[];
  readonly complaints: readonly Complaint[];
}

export interface OverviewOptions extends Omit<MonthOptions, 'asOf'> {
  readonly month: string;
  readonly today: LocalDate;
  readonly own: OwnIdentity;
}

export interface MonthTotals extends MonthFigures {
  readonly groups: number;
  /** Groups with no regular meeting held in the month. */
  readonly groupsWithoutMeeting: number;
}

export interface FacilitatorMonth {
  readonly key: string;
  readonly name: string;
  readonly deviceId: string;
  /** Another facilitator here has the same name: show the device to tell them apart. */
  readonly sameNameElsewhere: boolean;
  readonly groups: readonly GroupMonth[];
  readonly totals: MonthTotals;
  readonly absentFamilies: number;
  readonly openCases: number;
  readonly openComplaints: number;
  /** The latest change to any of their groups, meetings or attendance: how fresh the data is. */
  readonly lastActivity: Instant | null;
}

export interface SupervisorOverview {
  readonly month: string;
  readonly asOf: LocalDate;
  readonly facilitators: readonly FacilitatorMonth[];
  readonly own: FacilitatorMonth | null;
}

export interface FacilitatorTrend {
  readonly key: string;
  readonly months: readonly string[];
  readonly groups: readonly {
    readonly groupId: string;
    readonly name: string;
    readonly months: readonly MonthFigures[];
  }[];
  readonly totals: readonly MonthTotals[];
}

interface Facilitator {
  readonly key: string;
  readonly groups: GroupData[];
  readonly cases: CaseRecord[];
  readonly complaints: Complaint[];
}

/** The day a month is read at: its last day, or today while it runs. */
export function asOfDay(month: string, today: LocalDate): LocalDate {
  const last = lastDay(month);
  return last < today ? last : today;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Groups every row under its group and every group under its facilitator. */
function byFacilitator(input: SupervisionInput): Map<string, Facilitator> {
  const groups = input.groups.filter((g) => g.deletedAt === null && !g.demo);
  const groupIds = new Set(groups.map((g) => g.id));
  const members = new Map<string, Member[]>();
  const groupOfMember = new Map<string, string>();
  for (const m of input.members) {
    if (!groupIds.has(m.groupId)) continue;
    push(members, m.groupId, m);
    groupOfMember.set(m.id, m.groupId);
  }
  const sessions = new Map<string, Session[]>();
  const groupOfSession = new Map<string, string>();
  for (const s of input.sessions) {
    if (!groupIds.has(s.groupId)) continue;
    push(sessions, s.groupId, s);
    groupOfSession.set(s.id, s.groupId);
  }
  const attendance = new Map<string, Attendance[]>();
  for (const a of input.attendance) {
    const groupId = groupOfSession.get(a.sessionId);
    if (groupId !== undefined) push(attendance, groupId, a);
  }
  const answers = new Map<string, QuizAnswer[]>();
  for (const q of input.quizAnswers) if (groupOfSession.has(q.sessionId)) push(answers, q.sessionId, q);
  const groupCases = new Map<string, CaseRecord[]>();
  const groupComplaints = new Map<string, Complaint[]>();
  const unlinkedCases: CaseRecord[] = [];
  const unlinkedComplaints: Complaint[] = [];
  for (const c of input.cases) {
    const groupId = c.family.memberId === null ? undefined : groupOfMember.get(c.family.memberId);
    if (groupId === undefined) unlinkedCases.push(c);
    else push(groupCases, groupId, c);
  }
  for (const c of input.complaints) {
    const groupId = c.complainant.memberId === null ? undefined : groupOfMember.get(c.complainant.memberId);
    if (groupId === undefined) unlinkedComplaints.push(c);
    else push(groupComplaints, groupId, c);
  }

  const result = new Map<string, Facilitator>();
  for (const group of groups) {
    const key = facilitatorKeyOf(group);
    const entry = result.get(key) ?? { key, groups: [], cases: [], complaints: [] };
    const data: GroupData = {
      group,
      members: members.get(group.id) ?? [],
      sessions: sessions.get(group.id) ?? [],
      attendance: attendance.get(group.id) ?? [],
      quizAnswers: answers,
      cases: groupCases.get(group.id) ?? [],
      complaints: groupComplaints.get(group.id) ?? [],
    };
    entry.groups.push(data);
    entry.cases.push(...data.cases);
    entry.complaints.push(...data.complaints);
    result.set(key, entry);
  }
  assignByWorker(result, unlinkedCases, (f) => f.cases);
  assignByWorker(result, unlinkedComplaints, (f) => f.complaints);
  return result;
}

function assignByWorker<T extends { readonly worker: string; readonly deviceId: string }>(
  facilitators: ReadonlyMap<string, Facilitator>,
  rows: readonly T[],
  listOf: (f: Facilitator) => T[],
): void {
  const byName = new Map<string, Facilitator[]>();
  for (const f of facilitators.values()) push(byName, foldedNameOfKey(f.key), f);
  for (const row of rows) {
    const named = byName.get(foldName(row.worker)) ?? [];
    const target = named.length === 1 ? named[0] : named.find((f) => deviceOfKey(f.key) === row.deviceId);
    if (target !== undefined) listOf(target).push(row);
  }
}

/** Whether an archived group still counts this month: only when it met. */
function counts(data: GroupData, month: string): boolean {
  return !data.group.archived || monthFigures(data, month, { asOf: lastDay(month), questionsOf: () => [] }).planned > 0;
}

function totalsOf(figures: readonly MonthFigures[], month: string): MonthTotals {
  let totals: Omit<MonthTotals, 'rate'> = {
    month,
    planned: 0,
    held: 0,
    catchUpsHeld: 0,
    present: 0,
    expected: 0,
    quiz: NO_QUIZ,
    groups: figures.length,
    groupsWithoutMeeting: 0,
  };
  for (const f of figures) {
    totals = {
      ...totals,
      planned: totals.planned + f.planned,
      held: totals.held + f.held,
      catchUpsHeld: totals.catchUpsHeld + f.catchUpsHeld,
      present: totals.present + f.present,
      expected: totals.expected + f.expected,
      quiz: addQuiz(totals.quiz, f.quiz),
      groupsWithoutMeeting: totals.groupsWithoutMeeting + (f.held === 0 ? 1 : 0),
    };
  }
  return { ...totals, rate: rateOf(totals.present, totals.expected) };
}

function latest(values: Iterable<string>): string | null {
  let best: string | null = null;
  for (const value of values) if (best === null || value > best) best = value;
  return best;
}

function facilitatorMonth(f: Facilitator, month: string, options: MonthOptions, sameName: boolean): FacilitatorMonth {
  const shown = f.groups.filter((data) => counts(data, month));
  const groups = shown
    .map((data) => groupMonth(data, month, options))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
  const newest = [...f.groups].sort((a, b) => (a.group.updatedAt < b.group.updatedAt ? 1 : -1))[0];
  const stamps = f.groups.flatMap((d) => [d.group, ...d.sessions, ...d.attendance].map((row) => row.updatedAt));
  return {
    key: f.key,
    name: newest?.group.facilitator.trim() ?? '',
    deviceId: deviceOfKey(f.key),
    sameNameElsewhere: sameName,
    groups,
    totals: totalsOf(groups, month),
    absentFamilies: groups.reduce((sum, g) => sum + g.absent.length, 0),
    openCases: f.cases.filter((row) => isCaseOpenOn(row, options.asOf)).length,
    openComplaints: f.complaints.filter((row) => isComplaintOpenOn(row, options.asOf)).length,
    lastActivity: latest(stamps),
  };
}

export function supervisorOverview(input: SupervisionInput, options: OverviewOptions): SupervisorOverview {
  const asOf = asOfDay(options.month, options.today);
  const monthOptions: MonthOptions = { ...options, asOf };
  const ownKey = facilitatorKeyOf({ deviceId: options.own.deviceId, facilitator: options.own.name });
  const all = [...byFacilitator(input).values()];
  const names = new Map<string, number>();
  for (const f of all) names.set(foldedNameOfKey(f.key), (names.get(foldedNameOfKey(f.key)) ?? 0) + 1);
  const months = all.map((f) =>
    facilitatorMonth(f, options.month, monthOptions, (names.get(foldedNameOfKey(f.key)) ?? 0) > 1),
  );
  const facilitators = months
    .filter((f) => f.key !== ownKey)
    .sort((a, b) => a.name.localeCompare(b.name, 'id') || (a.key < b.key ? -1 : 1));
  return { month: options.month, asOf, facilitators, own: months.find((f) => f.key === ownKey) ?? null };
}

/** The facilitator with this key in an overview (the supervisor's own included), or null. */
export function findFacilitator(overview: SupervisorOverview, key: string): FacilitatorMonth | null {
  if (overview.own?.key === key) return overview.own;
  return overview.facilitators.find((f) => f.key === key) ?? null;
}

/** One facilitator's groups over `count` months ending with `options.month`; null when unknown. */
export function facilitatorTrend(
  input: SupervisionInput,
  key: string,
  options: OverviewOptions,
  count = 6,
): FacilitatorTrend | null {
  const f = byFacilitator(input).get(key);
  if (f === undefined) return null;
  const months = monthsEndingWith(options.month, count);
  const groups = f.groups
    .map((data) => ({
      groupId: data.group.id,
      name: data.group.name,
      months: months.map((m) => monthFigures(data, m, { ...options, asOf: asOfDay(m, options.today) })),
    }))
    .filter(
      (g) => g.months.some((m) => m.planned > 0) || !f.groups.find((d) => d.group.id === g.groupId)?.group.archived,
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
  const totals = months.map((m, i) =>
    totalsOf(
      groups.map((g) => g.months[i] as MonthFigures),
      m,
    ),
  );
  return { key, months, groups, totals };
}
