import { describe, expect, it } from 'vitest';
import {
  buildQueue,
  type LedgerLike,
  mergeSources,
  type SourcedRecord,
  summarize,
} from '../../extension/src/background/queue';
import {
  type AttendanceTableRecord,
  type FillRecord,
  type MemberAttendanceRecord,
  type SessionReportRecord,
  sampleRecord,
} from '../../shared/fill/fill-record';

const MAP = { id: 'mock-p2k2-laporan', recordKind: 'sessionReport' as const };

function report(sessionId: string, date: string, group = 'Kelompok Melati'): SessionReportRecord {
  const base = sampleRecord('sessionReport') as SessionReportRecord;
  return {
    ...base,
    recordKey: `session:${sessionId}`,
    session: { ...base.session, id: sessionId, actualDate: date },
    group: { ...base.group, name: group },
  };
}

function entry(recordKey: string, overrides: Partial<LedgerLike> = {}): LedgerLike {
  return {
    recordKey,
    mapId: MAP.id,
    result: 'sent',
    reference: 'LAP-1',
    error: '',
    at: '2026-11-29T04:00:00.000Z',
    deletedAt: null,
    portalOrigin: 'http://127.0.0.1:5174',
    ...overrides,
  };
}

const sourced = (records: readonly FillRecord[]): SourcedRecord[] =>
  records.map((record) => ({ record, source: 'bundle' }));

describe('the queue for a form map', () => {
  const a = report('a', '2026-01-20');
  const b = report('b', '2026-02-17');
  const c = report('c', '2026-01-06', 'Kelompok Mawar');
  const table = sampleRecord('attendanceTable');

  it("holds the map's kind, oldest meeting first, without what the ledger shows sent through this map", () => {
    const queue = buildQueue(sourced([b, table, a, c]), [entry('session:a')], MAP);
    expect(queue.map((item) => item.record.recordKey)).toEqual(['session:c', 'session:b']);
  });

  it('keeps records sent through another map, failed, filled or in a deleted ledger entry', () => {
    const ledger = [
      entry('session:a', { mapId: 'other-form' }),
      entry('session:b', {
        result: 'failed',
        error: '{"code":"fill.timeout","details":{"seconds":20}}',
        reference: '',
      }),
      entry('session:c', { result: 'filled', at: '2026-11-29T05:00:00.000Z' }),
      entry('session:c', { deletedAt: '2026-11-30T00:00:00.000Z' }),
    ];
    const queue = buildQueue(sourced([a, b, c]), ledger, MAP);
    expect(queue.map((item) => [item.record.recordKey, item.last?.result ?? null])).toEqual([
      ['session:c', 'filled'],
      ['session:a', null],
      ['session:b', 'failed'],
    ]);
  });

  it('does not re-queue a sent record after a later failed retry', () => {
    const ledger = [entry('session:a'), entry('session:a', { result: 'failed', at: '2026-12-01T00:00:00.000Z' })];
    expect(buildQueue(sourced([a]), ledger, MAP)).toEqual([]);
  });

  it('summarises each kind for a person', () => {
    const t = sampleRecord('attendanceTable') as AttendanceTableRecord;
    const withFamilies: AttendanceTableRecord = {
      ...t,
      members: [
        { ...t.members[0], id: 'm1', status: 'hadir' } as AttendanceTableRecord['members'][number],
        { ...t.members[0], id: 'm2', status: 'alpa' } as AttendanceTableRecord['members'][number],
        { ...t.members[0], id: 'm3', status: 'hadir' } as AttendanceTableRecord['members'][number],
      ],
    };
    expect(summarize(withFamilies)).toMatchObject({
      kind: 'attendanceTable',
      groupName: 'Melati 1',
      sessionNumber: 5,
      sessionTitle: 'Mengelola Keuangan Keluarga',
      date: '2026-11-29',
      counts: { hadir: 2, izin: 0, sakit: 0, alpa: 1, total: 3 },
      member: null,
    });
    const one = sampleRecord('memberAttendance') as MemberAttendanceRecord;
    expect(summarize(one)).toMatchObject({
      counts: null,
      member: { name: 'Siti Aminah', nik: '3201014506870001', status: 'hadir' },
    });
  });

  it("merges bundle-built and app-offered records, the app's copy winning", () => {
    const fromApp = { ...a, session: { ...a.session, notes: 'dari aplikasi' } };
    const merged = mergeSources([a, b], [fromApp]);
    expect(merged.map((m) => [m.record.recordKey, m.source])).toEqual([
      ['session:a', 'app'],
      ['session:b', 'bundle'],
    ]);
    expect(merged[0]?.record.session.notes).toBe('dari aplikasi');
  });
});
