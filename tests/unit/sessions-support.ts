/** Shared set-up of the sessions tests: a fresh database, a clock the test moves, a group and families. */

import type { PlanInput } from '../../pwa/src/data/sessions';
import { findSession } from '../../shared/curriculum/catalogue';
import { openDb } from '../../shared/db/database';
import { putRows, type WriteContext } from '../../shared/db/write';
import { addDays, type Clock, localDate } from '../../shared/model/clock';
import type { Group, Member } from '../../shared/model/types';
import { makeGroup, makeMember } from './factories';

export interface TestClock extends Clock {
  set(iso: string): void;
}

export function testClock(iso: string): TestClock {
  let current = new Date(iso);
  return { now: () => current, set: (next) => (current = new Date(next)) };
}

export interface World {
  readonly ctx: WriteContext & { clock: TestClock };
  readonly group: Group;
  readonly other: Group;
  readonly members: readonly Member[];
}

export const NOW = '2026-03-10T05:00:00.000Z';
/** The device's calendar date at NOW, whatever time zone the tests run in. */
export const TODAY = localDate(new Date(NOW));

export async function world(): Promise<World> {
  const db = await openDb(`sessions-${Math.random()}`);
  const ctx = { db, deviceId: 'device-a', clock: testClock(NOW) };
  const group = makeGroup({ name: 'Kelompok Melati', meetingPlace: 'Rumah Bu Ketua' });
  const other = makeGroup({ name: 'Kelompok Mawar' });
  const members = [
    makeMember({ groupId: group.id, name: 'Siti' }),
    makeMember({ groupId: group.id, name: 'Ani' }),
    makeMember({ groupId: other.id, name: 'Wati' }),
  ];
  await putRows(ctx, 'groups', [group, other]);
  await putRows(ctx, 'members', members);
  await db.changes.clear();
  return { ctx, group, other, members };
}

export const knownCode = (code: string): boolean => findSession(code) !== undefined;

export function planInput(group: Group, overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    groupId: group.id,
    curriculumCode: 'P2K2-01',
    plannedDate: addDays(TODAY, 4),
    plannedTime: '09:00',
    place: '  Balai Desa  ',
    catchUpFor: [],
    ...overrides,
  };
}
