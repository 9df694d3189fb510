/**
 * What a supervisor reads from observations: the mean score of one observation, each
 * facilitator's history, and trends per item and overall over the last N observations.
 *
 * Scores are 1 (kurang) … 4 (sangat baik); an item marked "not observed" (`null`) counts in no
 * mean, so skipping an item neither lowers nor raises a facilitator's score. Observations are
 * ordered by their date, then by when they were made (ids are time-sortable UUIDv7), so two on the
 * same day keep the order they were written in.
 */
import type { FollowUp, Observation, ObservationScore } from '../model/supervision';
import type { LocalDate } from '../model/types';
import { foldText } from '../roster/search-members';

export const SCORES = [1, 2, 3, 4] as const;
export type Score = (typeof SCORES)[number];

export const RATINGS = ['kurang', 'cukup', 'baik', 'sangatBaik'] as const;
export type Rating = (typeof RATINGS)[number];

export interface ScoreSummary {
  /** Mean of the observed items, 1–4; `null` when none was scored. */
  readonly mean: number | null;
  readonly scored: number;
  readonly notObserved: number;
  readonly counts: Readonly<Record<Score, number>>;
}

export function summarizeScores(scores: readonly ObservationScore[]): ScoreSummary {
  const counts: Record<Score, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  let sum = 0;
  let scored = 0;
  for (const item of scores) {
    if (item.score === null) continue;
    counts[item.score] += 1;
    sum += item.score;
    scored += 1;
  }
  return { mean: scored === 0 ? null : sum / scored, scored, notObserved: scores.length - scored, counts };
}

export function observationMean(observation: Pick<Observation, 'scores'>): number | null {
  return summarizeScores(observation.scores).mean;
}

/** The word for a mean: the nearest score (1.5 rounds up to cukup). */
export function ratingOf(mean: number): Rating {
  const index = Math.min(4, Math.max(1, Math.round(mean))) - 1;
  return RATINGS[index] ?? 'kurang';
}

/** Oldest first. */
export function byDate(a: Observation, b: Observation): number {
  return a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
}

/** How a facilitator is recognised across observations typed by hand: case, accents and spaces ignored. */
export function facilitatorKey(name: string): string {
  return foldText(name);
}

export interface FacilitatorHistory {
  readonly key: string;
  /** The name as written in the latest observation. */
  readonly name: string;
  /** Newest first. */
  readonly observations: readonly Observation[];
  /** Mean of the observations' means (each observation weighs the same). */
  readonly mean: number | null;
  readonly latestMean: number | null;
  readonly latestDate: LocalDate;
  /** Agreed follow-ups not ticked done yet. */
  readonly openFollowUps: number;
}

function meanOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0) / known.length;
}

/** One history per facilitator, the most recently observed first. Deleted observations are skipped. */
export function facilitatorHistories(observations: readonly Observation[]): FacilitatorHistory[] {
  const groups = new Map<string, Observation[]>();
  for (const observation of observations) {
    if (observation.deletedAt !== null) continue;
    const key = facilitatorKey(observation.facilitator);
    const list = groups.get(key) ?? [];
    list.push(observation);
    groups.set(key, list);
  }
  const histories: FacilitatorHistory[] = [];
  for (const [key, list] of groups) {
    const newest = [...list].sort(byDate).reverse();
    const latest = newest[0];
    if (latest === undefined) continue;
    histories.push({
      key,
      name: latest.facilitator.trim(),
      observations: newest,
      mean: meanOf(newest.map(observationMean)),
      latestMean: observationMean(latest),
      latestDate: latest.date,
      openFollowUps: newest.reduce((sum, o) => sum + o.followUps.filter((f) => !f.done).length, 0),
    });
  }
  return histories.sort((a, b) => b.latestDate.localeCompare(a.latestDate) || a.name.localeCompare(b.name));
}

export interface TrendPoint {
  readonly observationId: string;
  readonly date: LocalDate;
  readonly mean: number | null;
}

export interface ItemTrend {
  readonly itemId: string;
  /** The label in the newest observation that scored this item. */
  readonly label: string;
  /** One score per trend point (oldest first); `null` when not observed or not on the list then. */
  readonly scores: readonly (Score | null)[];
  readonly mean: number | null;
}

export interface Trend {
  /** Oldest first, at most `lastN`. */
  readonly points: readonly TrendPoint[];
  readonly items: readonly ItemTrend[];
  /** Newest mean minus the first one's; `null` with fewer than two scored observations. */
  readonly change: number | null;
}

/**
 * The last `lastN` observations (of one facilitator, usually), overall and per item. Items keep the
 * order of the newest observation; items only older observations had follow after.
 */
export function observationTrend(observations: readonly Observation[], lastN: number): Trend {
  const chosen = observations
    .filter((o) => o.deletedAt === null)
    .sort(byDate)
    .slice(-Math.max(1, lastN));
  const points = chosen.map((o) => ({ observationId: o.id, date: o.date, mean: observationMean(o) }));
  const order: string[] = [];
  const labels = new Map<string, string>();
  for (const observation of [...chosen].reverse()) {
    for (const score of observation.scores) {
      if (labels.has(score.itemId)) continue;
      labels.set(score.itemId, score.label);
      order.push(score.itemId);
    }
  }
  const items = order.map((itemId) => {
    const scores = chosen.map((o) => o.scores.find((s) => s.itemId === itemId)?.score ?? null);
    return { itemId, label: labels.get(itemId) ?? itemId, scores, mean: meanOf(scores) };
  });
  const scoredMeans = points.map((p) => p.mean).filter((m): m is number => m !== null);
  const first = scoredMeans[0];
  const last = scoredMeans[scoredMeans.length - 1];
  const change = scoredMeans.length < 2 || first === undefined || last === undefined ? null : last - first;
  return { points, items, change };
}

export interface DueFollowUp {
  readonly observation: Observation;
  readonly followUp: FollowUp;
}

/** Agreed follow-ups not done whose due date is today or past, oldest due first. */
export function dueFollowUps(observations: readonly Observation[], today: LocalDate): DueFollowUp[] {
  const due: DueFollowUp[] = [];
  for (const observation of observations) {
    if (observation.deletedAt !== null) continue;
    for (const followUp of observation.followUps) {
      if (!followUp.done && followUp.dueDate !== null && followUp.dueDate <= today) due.push({ observation, followUp });
    }
  }
  return due.sort((a, b) => (a.followUp.dueDate ?? '').localeCompare(b.followUp.dueDate ?? ''));
}
