import { describe, expect, it } from 'vitest';
import { CORE_MODULES } from '../../shared/curriculum/core-modules';
import { openDb } from '../../shared/db/database';
import { putRows, type WriteContext } from '../../shared/db/write';
import { buildFillRecords, type FillSources, fillRecordsFrom } from '../../shared/fill/build-fill-records';
import {
  type AttendanceTableRecord,
  isFillRecord,
  type MemberAttendanceRecord,
  type SessionReportRecord,
} from '../../shared/fill/fill-record';
import { localTime } from '../../shared/model/clock';
import type { Photo } from '../../shared/model/types';
import { makeAttendance, makeGroup, makeMember, makeSession, rowMeta, TEST_DEVICE } from './factories';

const group = makeGroup({
  id: 'g1',
  name: 'Kelompok Melati',
  facilitator: 'Dewi Lestari',
  meetingPlace: 'Balai RW 03',
});
const ani = makeMember({ id: 'ani', groupId: 'g1', name: 'Ani', nik: '3201014702900001' });
const budi = makeMember({ id: 'budi', groupId: 'g1', name: 'Budi' });
const citra = makeMember({ id: 'citra', groupId: 'g1', name: 'Citra' });
const dewi = makeMember({ id: 'dewi', groupId: 'g1', name: 'Dewi' });
const gone = makeMember({ id: 'gone', groupId: 'g1', name: 'Pindah', active: false });
const moved = makeMember({ id: 'moved', groupId: 'g1', name: 'Eka', active: false });
const deleted = makeMember({ id: 'deleted', groupId: 'g1', name: 'Dihapus', deletedAt: '2026-01-02T00:00:00.000Z' });

// Local wall-clock times, whatever the test machine's zone: the builder reads the device's clock.
const started = new Date(2026, 0, 20, 9, 5).toISOString();
const ended = new Date(2026, 0, 20, 11, 30).toISOString();
const session = makeSession({
  id: 's5',
  groupId: 'g1',
  curriculumCode: 'P2K2-05',
  plannedDate: '2026-01-19',
  actualDate: '2026-01-20',
  startedAt: started,
  endedAt: ended,
  place: '',
  notes: 'Peserta menyusun anggaran.',
});

const attendance = [
  makeAttendance({ sessionId: 's5', memberId: 'ani', status: 'hadir' }),
  makeAttendance({ sessionId: 's5', memberId: 'budi', status: 'izin', note: 'Ke puskesmas' }),
  makeAttendance({ sessionId: 's5', memberId: 'citra', status: 'sakit' }),
  makeAttendance({ sessionId: 's5', memberId: 'moved', status: 'hadir' }),
  makeAttendance({ sessionId: 's5', memberId: 'deleted', status: 'hadir' }),
];

function photo(overrides: Partial<Photo>): Photo {
  return {
    id: 'p',
    ...rowMeta(),
    sessionId: 's5',
    blob: new Blob([new Uint8Array([1])], { type: 'image/jpeg' }),
    mimeType: 'image/jpeg',
    width: 600,
    height: 400,
    caption: '',
    takenAt: '2026-01-20T03:00:00.000Z',
    consent: true,
    ...overrides,
  };
}

const photos = [
  photo({ id: 'p2', takenAt: '2026-01-20T03:10:00.000Z', mimeType: 'image/png' }),
  photo({ id: 'p1', takenAt: '2026-01-20T03:00:00.000Z' }),
  photo({ id: 'no-consent', consent: false }),
  photo({ id: 'removed', deletedAt: '2026-01-21T00:00:00.000Z' }),
  photo({ id: 'other-session', sessionId: 's-other' }),
];

function sources(overrides: Partial<FillSources> = {}): FillSources {
  return {
    groups: [group],
    members: [ani, budi, citra, dewi, gone, moved, deleted],
    sessions: [session],
    attendance,
    photos,
    modules: CORE_MODULES,
    ...overrides,
  };
}

function only<K extends 'sessionReport' | 'attendanceTable'>(kind: K, from = sources()) {
  const found = fillRecordsFrom(from).records.filter((r) => r.kind === kind);
  expect(found).toHaveLength(1);
  return found[0] as K extends 'sessionReport' ? SessionReportRecord : AttendanceTableRecord;
}

describe('building fill records from a done session', () => {
  it('makes a session report with the curriculum, times, place, counts and consented photos', () => {
    const report = only('sessionReport');
    expect(report.recordKey).toBe('session:s5');
    expect(report.session).toEqual({
      id: 's5',
      code: 'P2K2-05',
      number: 5,
      title: 'Mengelola Keuangan Keluarga',
      plannedDate: '2026-01-19',
      actualDate: '2026-01-20',
      startTime: localTime(new Date(started)),
      endTime: localTime(new Date(ended)),
      place: 'Balai RW 03',
      notes: 'Peserta menyusun anggaran.',
    });
    expect(report.session.startTime).toBe('09:05');
    expect(report.module).toEqual({ code: 'P2K2-M2', number: 2, title: 'Pengelolaan Keuangan dan Perencanaan Usaha' });
    expect(report.group).toEqual({ id: 'g1', name: 'Kelompok Melati', leader: 'Ibu Sari', region: group.region });
    expect(report.facilitator).toEqual({ name: 'Dewi Lestari' });
    // Ani hadir, Budi izin, Citra sakit, Dewi unmarked (alpa), Eka marked though inactive now.
    expect(report.counts).toEqual({ hadir: 2, izin: 1, sakit: 1, alpa: 1, total: 5 });
    expect(report.photos.map((p) => [p.id, p.name, p.consent])).toEqual([
      ['p1', 'foto-2026-01-20-1.jpg', true],
      ['p2', 'foto-2026-01-20-2.png', true],
    ]);
    expect(isFillRecord(report)).toBe(true);
  });

  it('lists every expected family with its status and note, by name; unmarked is alpa', () => {
    const table = only('attendanceTable');
    expect(table.recordKey).toBe('attendance-table:s5');
    expect(table.members.map((m) => [m.name, m.status, m.note])).toEqual([
      ['Ani', 'hadir', ''],
      ['Budi', 'izin', 'Ke puskesmas'],
      ['Citra', 'sakit', ''],
      ['Dewi', 'alpa', ''],
      ['Eka', 'hadir', ''],
    ]);
    expect(table.members[0]).toEqual({
      id: 'ani',
      nik: '3201014702900001',
      name: 'Ani',
      pkhId: ani.pkhId,
      status: 'hadir',
      note: '',
    });
  });

  it('makes one attendance record per family, keyed by session and family', () => {
    const families = fillRecordsFrom(sources()).records.filter(
      (r): r is MemberAttendanceRecord => r.kind === 'memberAttendance',
    );
    expect(families.map((r) => r.recordKey)).toEqual([
      'attendance:s5:ani',
      'attendance:s5:budi',
      'attendance:s5:citra',
      'attendance:s5:dewi',
      'attendance:s5:moved',
    ]);
    expect(families[1]?.member.status).toBe('izin');
    expect(families.every(isFillRecord)).toBe(true);
  });

  it('leaves out sessions that are not done or deleted, and honours kinds and session ids', () => {
    const planned = makeSession({ id: 'planned', groupId: 'g1', status: 'planned' });
    const removed = makeSession({ id: 'removed', groupId: 'g1', deletedAt: '2026-01-03T00:00:00.000Z' });
    const all = fillRecordsFrom(sources({ sessions: [session, planned, removed] }));
    expect(new Set(all.records.map((r) => r.session.id))).toEqual(new Set(['s5']));
    const reports = fillRecordsFrom(sources(), { kinds: ['sessionReport'] }).records;
    expect(reports.map((r) => r.kind)).toEqual(['sessionReport']);
    expect(fillRecordsFrom(sources(), { sessionIds: ['other'] }).records).toEqual([]);
  });

  it('expects only the listed families at a catch-up, and orders sessions by date', () => {
    const catchUp = makeSession({
      id: 'cu',
      groupId: 'g1',
      curriculumCode: 'P2K2-05',
      actualDate: '2026-02-01',
      catchUpFor: ['budi', 'dewi'],
    });
    const built = fillRecordsFrom(sources({ sessions: [catchUp, session] }), { kinds: ['attendanceTable'] });
    expect(built.records.map((r) => r.session.id)).toEqual(['s5', 'cu']);
    const table = built.records[1] as AttendanceTableRecord;
    expect(table.members.map((m) => [m.name, m.status])).toEqual([
      ['Budi', 'alpa'],
      ['Dewi', 'alpa'],
    ]);
  });

  it('keeps a session whose code no module knows, titled by its code, and skips one without its group', () => {
    const unknown = makeSession({ id: 'u', groupId: 'g1', curriculumCode: 'LOKAL-01', plannedDate: '2026-03-01' });
    const orphan = makeSession({ id: 'o', groupId: 'missing' });
    const built = fillRecordsFrom(sources({ sessions: [unknown, orphan], attendance: [] }), {
      kinds: ['sessionReport'],
    });
    expect(built.records.map((r) => [r.session.id, r.session.title, r.session.number, r.module.code])).toEqual([
      ['u', 'LOKAL-01', 0, 'LOKAL-01'],
    ]);
    expect(built.records[0]?.session.actualDate).toBe('2026-03-01');
    expect(built.skipped).toEqual([
      { sessionId: 'o', kind: 'sessionReport', reason: { code: 'db.notFound', details: { what: 'missing' } } },
    ]);
  });

  it('uses the planned time without a start, and the profile name when the group names no facilitator', () => {
    const quiet = makeSession({ id: 'q', groupId: 'g2', plannedTime: '14:00' });
    const built = fillRecordsFrom(
      sources({ groups: [makeGroup({ id: 'g2', facilitator: '' })], sessions: [quiet], facilitatorName: 'Rina' }),
      { kinds: ['sessionReport'] },
    );
    const report = built.records[0] as SessionReportRecord;
    expect(report.session.startTime).toBe('14:00');
    expect(report.session.endTime).toBeNull();
    expect(report.facilitator.name).toBe('Rina');
    expect(report.counts.total).toBe(0);
  });
});

describe('buildFillRecords from the database', () => {
  it('reads the rows it needs, including a marked family of another group and imported modules', async () => {
    const db = await openDb(`build-records-${Math.random()}`);
    const ctx: WriteContext = { db, deviceId: TEST_DEVICE, clock: { now: () => new Date('2026-01-21T00:00:00Z') } };
    const visitor = makeMember({ id: 'visitor', groupId: 'g9', name: 'Tamu' });
    await putRows(ctx, 'groups', [group]);
    await putRows(ctx, 'members', [ani, budi, visitor]);
    await putRows(ctx, 'sessions', [session, makeSession({ id: 'later', groupId: 'g1', status: 'running' })]);
    await putRows(ctx, 'attendance', [
      makeAttendance({ sessionId: 's5', memberId: 'ani', status: 'hadir' }),
      makeAttendance({ sessionId: 's5', memberId: 'visitor', status: 'hadir' }),
    ]);
    await putRows(ctx, 'photos', [photo({ id: 'p1' }), photo({ id: 'p-no', consent: false })]);
    const built = await buildFillRecords(db, { kinds: ['sessionReport'] });
    expect(built.records).toHaveLength(1);
    const report = built.records[0] as SessionReportRecord;
    expect(report.members.map((m) => [m.name, m.status])).toEqual([
      ['Ani', 'hadir'],
      ['Budi', 'alpa'],
      ['Tamu', 'hadir'],
    ]);
    expect(report.counts).toEqual({ hadir: 2, izin: 0, sakit: 0, alpa: 1, total: 3 });
    expect(report.photos.map((p) => p.id)).toEqual(['p1']);
    db.close();
  });
});
