/**
 * One group's month as a supervisor reads it, built only on the shared rules (attendance-index,
 * summarize-attendance, score-quiz, catch-up), so these figures never disagree with what the
 * facilitator saw on the tablet:
 * - planned / held: the group's regular meetings dated in the month (by the day they happened,
 *   else the day planned), and how many are done; catch-ups held are counted apart, because the
 *   monthly target is one regular meeting per group;
 * - attendance: present over expected at the done meetings of the month (catch-ups included), as
 *   `attendanceByMonth` counts it; null when nobody was expected (shown as a dash, never 0%);
 * - quiz: every family's pre and post score at each done meeting of the month, scored by
 *   `scoreQuiz` against the curriculum's questions, pooled as sums so groups add up exactly;
 * - repeated absence: `repeatedAbsence` over the meetings up to the day the month is read at;
 * - open cases and complaints of the group's families (by the family link) on that day: opened or
 *   received by then and not yet closed.
 * Soft-deleted rows never count.
 */
import type { QuizQuestion } from '../curriculum/types';
import { monthOf } from '../model/clock';
import type { CaseRecord, Complaint } from '../model/supervision';
import type { Attendance, Group, LocalDate, Member, QuizAnswer, Session } from '../model/types';
import { isCatchUp, isHeld, sessionDate } from '../rules/attendance-index';
import { type AbsenceFlag, repeatedAbsence } from '../rules/catch-up';
import { scoreQuiz } from '../rules/score-quiz';
import { attendanceByMonth } from '../rules/summarize-attendance';

export interface GroupData {
  readonly group: Group;
  /** The group's families (any state; the rules skip what does not count). */
  readonly members: readonly Member[];
  readonly sessions: readonly Session[];
  readonly attendance: readonly Attendance[];
  readonly quizAnswers: ReadonlyMap<string, readonly QuizAnswer[]>;
  /** Cases and complaints about the group's families. */
  readonly cases: readonly CaseRecord[];
  readonly complaints: readonly Complaint[];
}

export interface MonthOptions {
  /** The day the month is read at: its last day, or today while it runs. */
  readonly asOf: LocalDate;
  readonly questionsOf: (curriculumCode: string) => readonly QuizQuestion[];
  readonly absenceThreshold?: number;
}

/** Sums, so that a facilitator's means are over all their families, not a mean of means. */
export interface QuizTotals {
  readonly preSum: number;
  readonly preCount: number;
  readonly postSum: number;
  readonly postCount: number;
  readonly gainSum: number;
  readonly gainCount: number;
}

export interface MonthFigures {
  readonly month: string;
  readonly planned: number;
  readonly held: number;
  readonly catchUpsHeld: number;
  readonly present: number;
  readonly expected: number;
  /** present / expected; null when nobody was expected. */
  readonly rate: number | null;
  readonly quiz: QuizTotals;
}

export interface GroupMonth extends MonthFigures {
  readonly groupId: string;
  readonly name: string;
  readonly village: string;
  readonly archived: boolean;
  /** Active families. */
  readonly families: number;
  readonly absent: readonly AbsenceFlag[];
  readonly openCases: number;
  readonly openComplaints: number;
}

export const NO_QUIZ: QuizTotals = { preSum: 0, preCount: 0, postSum: 0, postCount: 0, gainSum: 0, gainCount: 0 };

export function addQuiz(a: QuizTotals, b: QuizTotals): QuizTotals {
  return {
    preSum: a.preSum + b.preSum,
    preCount: a.preCount + b.preCount,
    postSum: a.postSum + b.postSum,
    postCount: a.postCount + b.postCount,
    gainSum: a.gainSum + b.gainSum,
    gainCount: a.gainCount + b.gainCount,
  };
}

/** Mean pre, post and gain (fractions 0..1, gain −1..1), null where no family has the score. */
export function quizMeans(quiz: QuizTotals): { pre: number | null; post: number | null; gain: number | null } {
  const mean = (sum: number, count: number) => (count === 0 ? null : sum / count);
  return {
    pre: mean(quiz.preSum, quiz.preCount),
    post: mean(quiz.postSum, quiz.postCount),
    gain: mean(quiz.gainSum, quiz.gainCount),
  };
}

export function rateOf(present: number, expected: number): number | null {
  return expected === 0 ? null : present / expected;
}

/** A case open on `day`: opened by then, and not closed by then. */
export function isCaseOpenOn(row: CaseRecord, day: LocalDate): boolean {
  if (row.deletedAt !== null || row.openedDate > day) return false;
  return row.closedDate === null ? row.status === 'open' : row.closedDate > day;
}

/** A complaint still open on `day`: received by then, and not closed by then. */
export function isComplaintOpenOn(row: Complaint, day: LocalDate): boolean {
  if (row.deletedAt !== null || row.receivedDate > day) return false;
  return row.closedDate === null ? row.status !== 'closed' : row.closedDate > day;
}

function quizOfMonth(held: readonly Session[], data: GroupData, options: MonthOptions): QuizTotals {
  let totals = NO_QUIZ;
  for (const session of held) {
    const answers = data.quizAnswers.get(session.id) ?? [];
    const questions = options.questionsOf(session.curriculumCode);
    if (answers.length === 0 || questions.length === 0) continue;
    const summary = scoreQuiz(questions, answers);
    for (const member of summary.members) {
      totals = addQuiz(totals, {
        preSum: member.pre?.score ?? 0,
        preCount: member.pre === null ? 0 : 1,
        postSum: member.post?.score ?? 0,
        postCount: member.post === null ? 0 : 1,
        gainSum: member.gain ?? 0,
        gainCount: member.gain === null ? 0 : 1,
      });
    }
  }
  return totals;
}

/** The month's meetings and attendance of one group (no absence or case figures: cheap for trends). */
export function monthFigures(data: GroupData, month: string, options: MonthOptions): MonthFigures {
  const inMonth = data.sessions.filter((s) => s.deletedAt === null && monthOf(sessionDate(s)) === month);
  const regular = inMonth.filter((s) => !isCatchUp(s));
  const held = inMonth.filter(isHeld);
  const attendance = attendanceByMonth(held, data.attendance, data.members).find((m) => m.month === month);
  const present = attendance?.present ?? 0;
  const expected = attendance?.expected ?? 0;
  return {
    month,
    planned: regular.length,
    held: regular.filter(isHeld).length,
    catchUpsHeld: held.filter(isCatchUp).length,
    present,
    expected,
    rate: rateOf(present, expected),
    quiz: quizOfMonth(held, data, options),
  };
}

export function groupMonth(data: GroupData, month: string, options: MonthOptions): GroupMonth {
  const { group } = data;
  const upTo = data.sessions.filter((s) => sessionDate(s) <= options.asOf);
  const absent = repeatedAbsence(data.members, upTo, data.attendance, {
    threshold: options.absenceThreshold ?? 2,
  });
  return {
    ...monthFigures(data, month, options),
    groupId: group.id,
    name: group.name,
    village: group.region.villageName,
    archived: group.archived,
    families: data.members.filter((m) => m.deletedAt === null && m.active).length,
    absent,
    openCases: data.cases.filter((row) => isCaseOpenOn(row, options.asOf)).length,
    openComplaints: data.complaints.filter((row) => isComplaintOpenOn(row, options.asOf)).length,
  };
}
