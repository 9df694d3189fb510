/**
 * What the supervisor's view reads: the rows imported from facilitators' bundles (and the
 * supervisor's own), for a window of months around the one shown, live (a new import redraws the
 * screen). The figures themselves are pure (shared/supervision/supervisor-overview.ts).
 *
 * The window: meetings planned from 12 months before the month shown (enough for the absence
 * streaks and the six-month trend) to one month after (a meeting planned late in a month may be
 * held early the next), with their attendance and quiz answers; all groups, families, cases and
 * complaints (small tables).
 */
import { useMemo } from 'preact/hooks';
import type { LenteraDB } from '../../../shared/db/database';
import { localDate, monthOf } from '../../../shared/model/clock';
import { firstDay, isMonth, lastDay, shiftMonth } from '../../../shared/supervision/month-range';
import type { OverviewOptions, SupervisionInput } from '../../../shared/supervision/supervisor-overview';
import { useApp } from '../app-context';
import { useLiveQuery } from '../use-live-query';
import { useCurriculum } from './curriculum';

export const HISTORY_MONTHS = 12;

export async function loadSupervision(db: LenteraDB, month: string): Promise<SupervisionInput> {
  const from = firstDay(shiftMonth(month, -HISTORY_MONTHS));
  const to = lastDay(shiftMonth(month, 1));
  const sessions = await db.sessions.where('plannedDate').between(from, to, true, true).toArray();
  const ids = sessions.map((s) => s.id);
  const [groups, members, attendance, quizAnswers, cases, complaints] = await Promise.all([
    db.groups.toArray(),
    db.members.toArray(),
    db.attendance.where('sessionId').anyOf(ids).toArray(),
    db.quizAnswers.where('sessionId').anyOf(ids).toArray(),
    db.cases.toArray(),
    db.complaints.toArray(),
  ]);
  return { groups, members, sessions, attendance, quizAnswers, cases, complaints };
}

/** The month to show: the one asked for when valid and not in the future, else this month. */
export function pickMonth(asked: string | undefined, today: string): string {
  const current = monthOf(today);
  return asked !== undefined && isMonth(asked) && asked <= current ? asked : current;
}

export interface Supervision {
  readonly input: SupervisionInput;
  readonly options: OverviewOptions;
}

/** The rows and options for `month` (see pickMonth); undefined while loading. */
export function useSupervision(month: string): Supervision | undefined {
  const app = useApp();
  const curriculum = useCurriculum(app.db);
  const today = localDate(app.write.clock.now());
  const input = useLiveQuery(() => loadSupervision(app.db, month), [month]);
  const name = app.profile?.name ?? '';
  return useMemo(() => {
    if (input === undefined || curriculum === undefined) return undefined;
    const options: OverviewOptions = {
      month,
      today,
      own: { deviceId: app.write.deviceId, name },
      questionsOf: (code) => curriculum.find(code)?.quiz ?? [],
    };
    return { input, options };
  }, [input, curriculum, month, today, name, app.write.deviceId]);
}
