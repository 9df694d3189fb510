/**
 * What the "Layanan" hub and the home list read: case counts and due work, open complaints with the
 * oldest one's age, stories, and (for a supervisor) observations. Complaints and stories belong to
 * their own screens; here they are only counted.
 */
import type { LenteraDB } from '../../../../shared/db/database';
import type { Observation } from '../../../../shared/model/supervision';
import {
  type CaseCounts,
  caseCounts,
  type DueEntry,
  daysBetween,
  dueCaseEntries,
} from '../../../../shared/supervision/case-rules';
import {
  type DueFollowUp,
  dueFollowUps,
  facilitatorHistories,
  facilitatorKey,
} from '../../../../shared/supervision/observation-summary';

const alive = <T extends { deletedAt: string | null }>(row: T): boolean => row.deletedAt === null;

export interface DueWork {
  readonly entries: readonly DueEntry[];
  readonly followUps: readonly DueFollowUp[];
}

/**
 * Case actions, referrals and visits due today or overdue, and agreed observation follow-ups due.
 * A facilitator sees only the follow-ups agreed with them.
 */
export async function loadDueWork(db: LenteraDB, today: string, mine: string | null): Promise<DueWork> {
  const [cases, entries, observations] = await Promise.all([
    db.cases.toArray(),
    db.caseEntries.toArray(),
    db.observations.toArray(),
  ]);
  const relevant =
    mine === null ? observations : observations.filter((o) => facilitatorKey(o.facilitator) === facilitatorKey(mine));
  return { entries: dueCaseEntries(cases.filter(alive), entries, today), followUps: dueFollowUps(relevant, today) };
}

export interface CareOverview {
  readonly cases: CaseCounts;
  readonly due: DueWork;
  readonly complaints: { readonly open: number; readonly oldestDays: number | null };
  readonly stories: { readonly count: number; readonly consented: number };
  readonly observations: {
    readonly count: number;
    readonly facilitators: number;
    readonly lastDate: string | null;
    readonly openFollowUps: number;
  };
  /** Observations of the person using the device (a facilitator's own history). */
  readonly mine: number;
}

export async function loadCareOverview(
  db: LenteraDB,
  today: string,
  profileName: string,
  supervisor: boolean,
): Promise<CareOverview> {
  const [cases, entries, complaints, stories, observationRows] = await Promise.all([
    db.cases.toArray(),
    db.caseEntries.toArray(),
    db.complaints.toArray(),
    db.stories.toArray(),
    db.observations.toArray(),
  ]);
  const observations: Observation[] = observationRows.filter(alive);
  const open = complaints.filter((c) => alive(c) && c.status !== 'closed');
  const oldest = open.reduce<string | null>(
    (min, c) => (min === null || c.receivedDate < min ? c.receivedDate : min),
    null,
  );
  const histories = facilitatorHistories(observations);
  const me = facilitatorKey(profileName);
  const mine = observations.filter((o) => facilitatorKey(o.facilitator) === me);
  const liveStories = stories.filter(alive);
  return {
    cases: caseCounts(cases, entries, today),
    due: {
      entries: dueCaseEntries(cases.filter(alive), entries, today),
      followUps: dueFollowUps(supervisor ? observations : mine, today),
    },
    complaints: { open: open.length, oldestDays: oldest === null ? null : Math.max(0, daysBetween(oldest, today)) },
    stories: { count: liveStories.length, consented: liveStories.filter((s) => s.consent.given).length },
    observations: {
      count: observations.length,
      facilitators: histories.length,
      lastDate: histories[0]?.latestDate ?? null,
      openFollowUps: histories.reduce((sum, h) => sum + h.openFollowUps, 0),
    },
    mine: mine.length,
  };
}
