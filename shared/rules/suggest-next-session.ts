/**
 * Which curriculum session a group should have next. A session "counts" once it is on the
 * group's calendar as a regular meeting: done, running or planned, not deleted, not a catch-up
 * (a catch-up repeats material for a few families; the group as a whole has not moved on).
 *
 * - `next`: the first session in curriculum order the group has not had, so a skipped session is
 *   offered before later ones.
 * - `allDone`: every session counts already; suggest the one whose latest meeting is oldest, for
 *   a refresher, ties going to curriculum order.
 */
import type { CurriculumSession } from '../curriculum/types';
import type { LocalDate, Session } from '../model/types';
import { isCatchUp, sessionDate } from './attendance-index';

export type NextSessionReason = 'next' | 'allDone';

export interface NextSessionSuggestion {
  readonly code: string;
  readonly reason: NextSessionReason;
  /** For `allDone`: when the suggested session was last held (or is planned). Null for `next`. */
  readonly lastHeld: LocalDate | null;
}

/** Null only when the curriculum is empty. */
export function suggestNextSession(
  curriculum: readonly CurriculumSession[],
  groupSessions: readonly Session[],
): NextSessionSuggestion | null {
  const latestByCode = new Map<string, LocalDate>();
  for (const session of groupSessions) {
    if (session.deletedAt !== null || isCatchUp(session)) continue;
    const date = sessionDate(session);
    const previous = latestByCode.get(session.curriculumCode);
    if (previous === undefined || date > previous) latestByCode.set(session.curriculumCode, date);
  }

  const notHad = curriculum.find((c) => !latestByCode.has(c.code));
  if (notHad) return { code: notHad.code, reason: 'next', lastHeld: null };

  let oldest: { code: string; date: LocalDate } | null = null;
  for (const c of curriculum) {
    const date = latestByCode.get(c.code);
    if (date !== undefined && (oldest === null || date < oldest.date)) oldest = { code: c.code, date };
  }
  return oldest ? { code: oldest.code, reason: 'allDone', lastHeld: oldest.date } : null;
}
