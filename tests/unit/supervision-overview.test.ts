import { describe, expect, it } from 'vitest';
import type { Group, Member, Session } from '../../shared/model/types';
import {
  facilitatorTrend,
  findFacilitator,
  type OverviewOptions,
  type SupervisionInput,
  supervisorOverview,
} from '../../shared/supervision/supervisor-overview';
import { makeCase, makeComplaint, makeFamilyRef } from '../fixtures/bundles/supervision-rows';
import {
  makeAttendance,
  makeGroup,
  makeMember,
  makeQuizAnswer,
  makeSession,
  makeTrueFalseQuestion,
  rowMeta,
} from './factories';

const OPTIONS: OverviewOptions = {
  month: '2026-01',
  today: '2026-02-15',
  own: { deviceId: 'tablet-sup', name: 'Bu Sri' },
  questionsOf: (code) => (code === 'P2K2-01' ? [makeTrueFalseQuestion('q1', true)] : []),
};

const EMPTY: SupervisionInput = {
  groups: [],
  members: [],
  sessions: [],
  attendance: [],
  quizAnswers: [],
  cases: [],
  complaints: [],
};

/** A group of `device`'s facilitator with `families` families and one meeting per listed date. */
function groupOf(
  facilitator: string,
  device: string,
  name: string,
  dates: readonly string[],
  families = 2,
): { group: Group; members: Member[]; sessions: Session[] } {
  const group = makeGroup({ name, facilitator, ...rowMeta({ deviceId: device }) });
  const members = Array.from({ length: families }, () =>
    makeMember({ groupId: group.id, ...rowMeta({ deviceId: device }) }),
  );
  const sessions = dates.map((plannedDate) =>
    makeSession({ groupId: group.id, plannedDate, ...rowMeta({ deviceId: device }) }),
  );
  return { group, members, sessions };
}

function merge(...parts: { group: Group; members: Member[]; sessions: Session[] }[]): SupervisionInput {
  return {
    ...EMPTY,
    groups: parts.map((p) => p.group),
    members: parts.flatMap((p) => p.members),
    sessions: parts.flatMap((p) => p.sessions),
  };
}

describe("the supervisor's overview", () => {
  it('keeps two facilitators of the same name on two tablets apart, each with only their own groups', () => {
    const rinaA = groupOf('Rina', 'tablet-a', 'Melati', ['2026-01-10']);
    const rinaB = groupOf('Rina', 'tablet-b', 'Mawar', ['2026-01-12', '2026-01-26'], 3);
    const input = merge(rinaA, rinaB);
    const present = (s: Session | undefined, m: Member | undefined) =>
      makeAttendance({ sessionId: s?.id ?? '', memberId: m?.id ?? '', status: 'hadir' });
    const overview = supervisorOverview(
      {
        ...input,
        attendance: [present(rinaA.sessions[0], rinaA.members[0]), present(rinaB.sessions[0], rinaB.members[0])],
      },
      OPTIONS,
    );
    expect(overview.facilitators.map((f) => [f.key, f.name, f.sameNameElsewhere])).toEqual([
      ['tablet-a~rina', 'Rina', true],
      ['tablet-b~rina', 'Rina', true],
    ]);
    const [a, b] = overview.facilitators;
    expect(a?.groups.map((g) => g.name)).toEqual(['Melati']);
    expect(a?.totals).toMatchObject({ planned: 1, held: 1, present: 1, expected: 2, rate: 0.5 });
    expect(b?.groups.map((g) => g.name)).toEqual(['Mawar']);
    expect(b?.totals).toMatchObject({ planned: 2, held: 2, present: 1, expected: 6 });
    expect(overview.own).toBeNull();
    expect(findFacilitator(overview, 'tablet-b~rina')?.groups[0]?.families).toBe(3);
  });

  it("lists the supervisor's own groups apart, and leaves out the demo group and archived groups that did not meet", () => {
    const own = groupOf('Bu Sri', 'tablet-sup', 'Kelompok Supervisor', ['2026-01-05']);
    const demo = groupOf('Rina', 'tablet-a', 'Contoh', ['2026-01-10']);
    const archivedQuiet = groupOf('Rina', 'tablet-a', 'Lama', []);
    const archivedMet = groupOf('Rina', 'tablet-a', 'Lama tapi bertemu', ['2026-01-20']);
    const active = groupOf('Rina', 'tablet-a', 'Anggrek', []);
    const input = merge(
      own,
      { ...demo, group: { ...demo.group, demo: true } },
      { ...archivedQuiet, group: { ...archivedQuiet.group, archived: true } },
      { ...archivedMet, group: { ...archivedMet.group, archived: true } },
      active,
    );
    const overview = supervisorOverview(input, OPTIONS);
    expect(overview.own?.groups.map((g) => g.name)).toEqual(['Kelompok Supervisor']);
    expect(overview.facilitators).toHaveLength(1);
    const rina = overview.facilitators[0];
    expect(rina?.groups.map((g) => g.name)).toEqual(['Anggrek', 'Lama tapi bertemu']);
    expect(rina?.totals).toMatchObject({ groups: 2, planned: 1, held: 1, groupsWithoutMeeting: 1 });
    expect(findFacilitator(overview, 'tablet-sup~bu sri')).toBe(overview.own);
  });

  it('counts open cases and complaints by the family link, else by an unambiguous worker name', () => {
    const rinaA = groupOf('Rina', 'tablet-a', 'Melati', ['2026-01-10']);
    const rinaB = groupOf('Rina', 'tablet-b', 'Mawar', ['2026-01-10']);
    const dewi = groupOf('Dewi', 'tablet-c', 'Kenanga', ['2026-01-10']);
    const family = makeFamilyRef({ memberId: rinaA.members[0]?.id ?? null });
    const input: SupervisionInput = {
      ...merge(rinaA, rinaB, dewi),
      cases: [
        // Rina A's family, whoever works on it.
        makeCase({ family, worker: 'Bu Sri' }),
        // No family link; "Dewi" is one person: hers.
        makeCase({ worker: 'dewi' }),
        // No family link; two Rinas: the device that last changed it decides…
        makeCase({ worker: 'Rina', ...rowMeta({ deviceId: 'tablet-b' }) }),
        // …and when it was changed elsewhere, it counts for nobody rather than the wrong Rina.
        makeCase({ worker: 'Rina', ...rowMeta({ deviceId: 'tablet-sup' }) }),
        // Closed before the end of January.
        makeCase({ family, status: 'closed', closedDate: '2026-01-20' }),
      ],
      complaints: [
        makeComplaint({ complainant: family }),
        makeComplaint({ complainant: family, receivedDate: '2026-02-02' }),
      ],
    };
    const overview = supervisorOverview(input, OPTIONS);
    const byKey = (key: string) => findFacilitator(overview, key);
    expect(byKey('tablet-a~rina')).toMatchObject({ openCases: 1, openComplaints: 1 });
    expect(byKey('tablet-a~rina')?.groups[0]).toMatchObject({ openCases: 1, openComplaints: 1 });
    expect(byKey('tablet-b~rina')).toMatchObject({ openCases: 1, openComplaints: 0 });
    expect(byKey('tablet-b~rina')?.groups[0]?.openCases).toBe(0);
    expect(byKey('tablet-c~dewi')).toMatchObject({ openCases: 1 });
    // Read in February (today is the 15th) the late complaint is open too.
    const feb = supervisorOverview(input, { ...OPTIONS, month: '2026-02' });
    expect(findFacilitator(feb, 'tablet-a~rina')).toMatchObject({ openComplaints: 2, openCases: 1 });
  });

  it('pools quiz scores over all families of all groups, and shows when the data last changed', () => {
    const one = groupOf('Rina', 'tablet-a', 'Melati', ['2026-01-10'], 1);
    const two = groupOf('Rina', 'tablet-a', 'Mawar', ['2026-01-11'], 1);
    const answer = (s: Session | undefined, m: Member | undefined, phase: 'pre' | 'post', value: boolean) =>
      makeQuizAnswer({ sessionId: s?.id ?? '', memberId: m?.id ?? '', questionId: 'q1', phase, answer: value });
    const input: SupervisionInput = {
      ...merge(one, two),
      quizAnswers: [
        answer(one.sessions[0], one.members[0], 'pre', false),
        answer(one.sessions[0], one.members[0], 'post', true),
        answer(two.sessions[0], two.members[0], 'post', true),
      ],
      attendance: [
        makeAttendance({
          sessionId: one.sessions[0]?.id ?? '',
          memberId: one.members[0]?.id ?? '',
          ...rowMeta({ updatedAt: '2026-01-10T05:00:00.000Z' }),
        }),
      ],
    };
    const [rina] = supervisorOverview(input, OPTIONS).facilitators;
    expect(rina?.totals.quiz).toEqual({ preSum: 0, preCount: 1, postSum: 2, postCount: 2, gainSum: 1, gainCount: 1 });
    expect(rina?.lastActivity).toBe('2026-01-10T05:00:00.000Z');
  });

  it("follows a facilitator's groups over the last six months", () => {
    const melati = groupOf('Rina', 'tablet-a', 'Melati', ['2025-09-10', '2025-11-10', '2026-01-10']);
    const overview = facilitatorTrend(merge(melati), 'tablet-a~rina', OPTIONS);
    expect(overview?.months).toEqual(['2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01']);
    expect(overview?.groups[0]?.months.map((m) => m.held)).toEqual([0, 1, 0, 1, 0, 1]);
    expect(overview?.totals.map((m) => m.groupsWithoutMeeting)).toEqual([1, 0, 1, 0, 1, 0]);
    expect(facilitatorTrend(merge(melati), 'tablet-x~nobody', OPTIONS)).toBeNull();
  });
});
