/**
 * What every tab of the run-session screen receives. The container (run-session.tsx) loads it
 * live from the database; tabs write through their own data functions and never hold a copy
 * that could go stale: every tap is written at once and the live query re-renders.
 */
import type { CurriculumSession } from '../../../../shared/curriculum/types';
import type { Group, Member, Session } from '../../../../shared/model/types';

export interface RunContext {
  readonly session: Session;
  readonly group: Group;
  /**
   * The families expected at this session, sorted by name: the group's active families, or for a
   * catch-up session the families listed in `session.catchUpFor`.
   */
  readonly members: readonly Member[];
  readonly curriculum: CurriculumSession;
  /** True once the session is done: tabs show what was recorded and allow corrections only on purpose. */
  readonly finished: boolean;
}
