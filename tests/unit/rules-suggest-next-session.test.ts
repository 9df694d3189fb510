import { describe, expect, it } from 'vitest';
import type { Session } from '../../shared/model/types';
import { suggestNextSession } from '../../shared/rules/suggest-next-session';
import { makeCurriculumSession, makeSession, TEST_INSTANT } from './factories';

const curriculum = ['P2K2-01', 'P2K2-02', 'P2K2-03', 'P2K2-04', 'P2K2-05'].map((code) =>
  makeCurriculumSession({ code }),
);
const held = (code: string, date: string, overrides: Partial<Session> = {}): Session =>
  makeSession({ curriculumCode: code, plannedDate: date, ...overrides });

describe('suggestNextSession', () => {
  it('starts a new group at the first session', () => {
    expect(suggestNextSession(curriculum, [])).toEqual({ code: 'P2K2-01', reason: 'next', lastHeld: null });
  });

  it('counts planned and running meetings as taken', () => {
    const sessions = [
      held('P2K2-01', '2026-01-10'),
      held('P2K2-02', '2026-02-14', { status: 'running' }),
      held('P2K2-03', '2026-03-14', { status: 'planned' }),
    ];
    expect(suggestNextSession(curriculum, sessions)).toMatchObject({ code: 'P2K2-04', reason: 'next' });
  });

  it('offers a skipped session before later ones', () => {
    const sessions = [held('P2K2-01', '2026-01-10'), held('P2K2-02', '2026-02-14'), held('P2K2-04', '2026-03-14')];
    expect(suggestNextSession(curriculum, sessions)).toMatchObject({ code: 'P2K2-03', reason: 'next' });
  });

  it('ignores deleted meetings, catch-ups and codes outside the curriculum', () => {
    const sessions = [
      held('P2K2-01', '2026-01-10', { deletedAt: TEST_INSTANT }),
      held('P2K2-01', '2026-01-20', { catchUpFor: ['m1'] }),
      held('STUNTING-01', '2026-01-25'),
    ];
    expect(suggestNextSession(curriculum, sessions)).toMatchObject({ code: 'P2K2-01', reason: 'next' });
  });

  it('when everything was held, suggests the session covered longest ago', () => {
    const sessions = [
      held('P2K2-01', '2025-01-11'),
      held('P2K2-02', '2025-02-08'),
      held('P2K2-03', '2025-03-08'),
      held('P2K2-04', '2025-04-12'),
      held('P2K2-05', '2025-05-10'),
      held('P2K2-01', '2025-06-14'),
      // Planned in January but actually held in July.
      held('P2K2-02', '2025-01-30', { actualDate: '2025-07-05' }),
    ];
    expect(suggestNextSession(curriculum, sessions)).toEqual({
      code: 'P2K2-03',
      reason: 'allDone',
      lastHeld: '2025-03-08',
    });
  });

  it('breaks ties by curriculum order, and has nothing to say for an empty curriculum', () => {
    const sessions = curriculum.map((c) => held(c.code, '2025-01-11'));
    expect(suggestNextSession(curriculum, sessions)).toMatchObject({ code: 'P2K2-01', reason: 'allDone' });
    expect(suggestNextSession([], sessions)).toBeNull();
  });
});
