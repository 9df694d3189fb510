/**
 * One small group with a history, shared by the follow-up tests:
 *
 * | session | code    | date       | status  | Ani   | Budi  | Citra | notes                      |
 * |---------|---------|------------|---------|-------|-------|-------|----------------------------|
 * | s1      | P2K2-01 | 2026-01-10 | done    | hadir | hadir | alpa  | Nia (group 2) visits: hadir |
 * | s2      | P2K2-02 | 2026-02-14 | done    | hadir | sakit | alpa  |                            |
 * | o2      | P2K2-02 | 2026-02-20 | done    |       | hadir |       | group 2's meeting          |
 * | s3      | P2K2-03 | 2026-03-14 | done    | hadir | hadir | izin  |                            |
 * | cu      | P2K2-01 | 2026-03-20 | planned |       |       | (for) | catch-up for Citra         |
 * | p4      | P2K2-04 | 2026-04-11 | planned |       |       |       |                            |
 *
 * Indah is inactive and never marked; Xena is deleted but has rows; a deleted session sx has rows.
 */
import { openDb } from '../../shared/db/database';
import { putRows, type WriteContext } from '../../shared/db/write';
import type { Attendance, AttendanceStatus } from '../../shared/model/types';
import { makeAttendance, makeGroup, makeMember, makeSession, TEST_DEVICE, TEST_INSTANT } from './factories';

const deleted = { deletedAt: TEST_INSTANT };

export const group = makeGroup({ id: 'g1', name: 'Kelompok Melati' });
export const otherGroup = makeGroup({ id: 'g2', name: 'Kelompok Mawar' });

export const ani = makeMember({ id: 'a', groupId: 'g1', name: 'Ani' });
export const budi = makeMember({ id: 'b', groupId: 'g1', name: 'Budi' });
export const citra = makeMember({ id: 'c', groupId: 'g1', name: 'Citra' });
export const indah = makeMember({ id: 'i', groupId: 'g1', name: 'Indah', active: false });
export const xena = makeMember({ id: 'x', groupId: 'g1', name: 'Xena', ...deleted });
export const nia = makeMember({ id: 'n', groupId: 'g2', name: 'Nia' });

export const s1 = makeSession({ id: 's1', groupId: 'g1', curriculumCode: 'P2K2-01', plannedDate: '2026-01-10' });
export const s2 = makeSession({ id: 's2', groupId: 'g1', curriculumCode: 'P2K2-02', plannedDate: '2026-02-14' });
export const o2 = makeSession({ id: 'o2', groupId: 'g2', curriculumCode: 'P2K2-02', plannedDate: '2026-02-20' });
export const s3 = makeSession({ id: 's3', groupId: 'g1', curriculumCode: 'P2K2-03', plannedDate: '2026-03-14' });
export const cu = makeSession({
  id: 'cu',
  groupId: 'g1',
  curriculumCode: 'P2K2-01',
  plannedDate: '2026-03-20',
  status: 'planned',
  catchUpFor: ['c'],
});
export const p4 = makeSession({
  id: 'p4',
  groupId: 'g1',
  curriculumCode: 'P2K2-04',
  plannedDate: '2026-04-11',
  status: 'planned',
});
export const sx = makeSession({ id: 'sx', groupId: 'g1', curriculumCode: 'P2K2-05', ...deleted });

const mark = (sessionId: string, memberId: string, status: AttendanceStatus, note = ''): Attendance =>
  makeAttendance({ sessionId, memberId, status, note });

export const attendance: readonly Attendance[] = [
  mark('s1', 'a', 'hadir'),
  mark('s1', 'b', 'hadir'),
  mark('s1', 'c', 'alpa', 'ke pasar'),
  mark('s1', 'n', 'hadir'),
  mark('s1', 'x', 'alpa'),
  mark('s2', 'a', 'hadir'),
  mark('s2', 'b', 'sakit', 'demam'),
  mark('s2', 'c', 'alpa'),
  mark('o2', 'b', 'hadir'),
  mark('s3', 'a', 'hadir'),
  mark('s3', 'b', 'hadir'),
  mark('s3', 'c', 'izin'),
  mark('sx', 'a', 'alpa'),
];

export const members = [ani, budi, citra, indah, xena, nia];
export const sessions = [s1, s2, o2, s3, cu, p4, sx];

/** A fresh database holding the fixture, and a write context on it. */
export async function seededContext(): Promise<WriteContext> {
  const db = await openDb(`followup-${Math.random()}`);
  const ctx: WriteContext = { db, deviceId: TEST_DEVICE, clock: { now: () => new Date(TEST_INSTANT) } };
  await putRows(ctx, 'groups', [group, otherGroup]);
  await putRows(ctx, 'members', members);
  await putRows(ctx, 'sessions', sessions);
  await putRows(ctx, 'attendance', [...attendance]);
  return ctx;
}
