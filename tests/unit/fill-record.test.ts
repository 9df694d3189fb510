import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { collectedFieldSchema, normalizeLabel, normalizeText } from '../../shared/fill/collected-field';
import { fillRecordSchema, isFillRecord, RECORD_KINDS, sampleRecord } from '../../shared/fill/fill-record';
import { attendancePage1 } from '../fixtures/fill/attendance-table';
import { classicForm } from '../fixtures/fill/classic-form';
import { frameShadowPage } from '../fixtures/fill/frame-shadow';
import { reactForm } from '../fixtures/fill/react-form';
import { attendanceTable, memberAttendance, sessionReport } from '../fixtures/fill/records';

describe('fill records', () => {
  it.each(RECORD_KINDS)('accepts a sample %s and its JSON round trip', (kind) => {
    const record = sampleRecord(kind);
    expect(isFillRecord(JSON.parse(JSON.stringify(record)))).toBe(true);
  });

  it('keys records for the ledger', () => {
    expect(sessionReport().recordKey).toBe('session:s1');
    expect(memberAttendance().recordKey).toBe('attendance:s1:m1');
    expect(attendanceTable().recordKey).toBe('attendance-table:s1');
  });

  it('refuses a record whose key does not match its ids', () => {
    expect(isFillRecord({ ...sessionReport(), recordKey: 'session:other' })).toBe(false);
  });

  it('refuses malformed dates, times, statuses and extra fields', () => {
    const report = sessionReport();
    expect(isFillRecord({ ...report, session: { ...report.session, actualDate: '29/11/2026' } })).toBe(false);
    expect(isFillRecord({ ...report, session: { ...report.session, startTime: '9:00' } })).toBe(false);
    expect(isFillRecord({ ...report, members: [{ ...report.members[0], status: 'absen' }] })).toBe(false);
    expect(isFillRecord({ ...report, extra: 1 })).toBe(false);
    const result = v.safeParse(fillRecordSchema, { ...report, kind: 'other' });
    expect(result.success).toBe(false);
  });
});

describe('collected fields', () => {
  it('fixtures are valid collector output', () => {
    for (const field of [...classicForm, ...reactForm, ...attendancePage1, ...frameShadowPage]) {
      expect(v.is(collectedFieldSchema, field)).toBe(true);
    }
  });

  it('normalises labels as a person reads them', () => {
    expect(normalizeLabel('  Tanggal\u00a0 Pertemuan :* ')).toBe('tanggal pertemuan');
    expect(normalizeLabel('Alamat Lengkap:')).toBe('alamat lengkap');
    expect(normalizeLabel('Pendidikan Anak Usia Dini (PAUD) *')).toBe('pendidikan anak usia dini (paud)');
    expect(normalizeLabel('Désa / Kelurahan')).toBe('desa / kelurahan');
    // Full stops are meaningful: the portal's options differ by one.
    expect(normalizeLabel('KESEHATAN DAN GIZI.')).not.toBe(normalizeLabel('KESEHATAN DAN GIZI'));
    expect(normalizeText('Nama:')).toBe('nama:');
  });
});
