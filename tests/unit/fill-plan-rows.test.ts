import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { FillPlan } from '../../shared/fill/fill-plan';
import type { FormMap } from '../../shared/fill/form-map';
import { parseFormMap } from '../../shared/fill/form-map-schema';
import { planFill } from '../../shared/fill/plan-fill';
import { attendancePage1, attendancePage2 } from '../fixtures/fill/attendance-table';
import { documentedExampleMap } from '../fixtures/fill/example-map';
import { attendanceTable, MEMBERS, memberAttendance, SITI, sessionReport } from '../fixtures/fill/records';

const example = parseFormMap(documentedExampleMap());
const resumeAtRows = { stepIndex: 12, doneMemberIds: [], page: 1 };

function rowMap(recordKind: string, extra: Record<string, unknown> = {}): FormMap {
  return parseFormMap({
    id: 'absensi',
    name: 'Absensi',
    version: 2,
    appliesTo: { urlPatterns: ['*'] },
    recordKind,
    valueTables: { status: { hadir: 'H', sakit: 'S', alpa: 'A', izin: 'S' } },
    steps: [
      {
        kind: 'forEachRow',
        field: 'Peserta',
        row: [
          { row: { column: 'NIK', equals: '{{member.nik}}' } },
          { row: { column: 'nama', equals: '{{member.name}}' } },
        ],
        steps: [
          {
            kind: 'check',
            field: 'Status',
            target: [{ css: 'input[type=radio]' }],
            value: '{{member.status | table:status}}',
          },
        ],
        ...extra,
      },
    ],
  });
}

const rowsOf = (plan: FillPlan) =>
  plan.actions.map((a) => [a.member?.name ?? null, a.action, a.value, a.target?.css ?? null]);

describe('planFill: attendance table by NIK, page by page', () => {
  const page1 = planFill(example, sessionReport(), attendancePage1, { resume: resumeAtRows });

  it('marks each family on this page by the radio under its status column', () => {
    expect(rowsOf(page1)).toEqual([
      ['Siti Aminah', 'check', 'HADIR', 'table#peserta > tbody > tr:nth-child(1) > td:nth-child(4) > input'],
      ['Nur Hasanah', 'check', 'SAKIT', 'table#peserta > tbody > tr:nth-child(2) > td:nth-child(5) > input'],
      ['Euis Rohayati', 'check', 'ALFA', 'table#peserta > tbody > tr:nth-child(3) > td:nth-child(6) > input'],
      [null, 'click', '', 'a.page-next'],
    ]);
    expect(page1.actions[0]).toMatchObject({
      stepIndex: 12,
      rowStepIndex: 0,
      step: '13.1 (check)',
      member: { id: 'm1', nik: '3201014506870001', name: 'Siti Aminah' },
      checked: true,
      expect: { kind: 'checked', checked: true },
    });
    expect(page1.actions[3]).toMatchObject({ purpose: 'nextPage', step: '13 (forEachRow)' });
  });

  it('asks for the next page with the families already done', () => {
    expect(page1.continuation).toEqual({ stepIndex: 12, doneMemberIds: ['m1', 'm2', 'm3'], page: 2 });
  });

  it('finishes on the last page: a family without NIK by name, then the photo, without submitting', () => {
    const page2 = planFill(example, sessionReport(), attendancePage2, { resume: page1.continuation ?? resumeAtRows });
    expect(rowsOf(page2)).toEqual([
      ['Ratna Sari', 'check', 'HADIR', 'table#peserta > tbody > tr:nth-child(1) > td:nth-child(4) > input'],
      ['Dedeh Kurniasih', 'check', 'HADIR', 'table#peserta > tbody > tr:nth-child(2) > td:nth-child(4) > input'],
      [null, 'upload', 'kegiatan.jpg', '#foto'],
    ]);
    expect(page2.warnings).toEqual([
      {
        key: 'extension.warning.fallbackUsed',
        step: '13 (forEachRow)',
        values: { step: '13 (forEachRow)', field: 'Kehadiran peserta: Ratna Sari', strategy: 2, by: 'row: Nama' },
      },
    ]);
    expect(page2.actions[2]).toMatchObject({
      photo: { id: 'p1', name: 'kegiatan.jpg', mimeType: 'image/jpeg', consent: true },
      expect: { kind: 'file', name: 'kegiatan.jpg' },
    });
    expect(page2.continuation).toBeNull();
    expect(page2.submit).toBe('off');
  });

  it('submits last only when submitting is turned on', () => {
    const plan = planFill(example, sessionReport(), attendancePage2, {
      submit: true,
      resume: { stepIndex: 12, doneMemberIds: ['m1', 'm2', 'm3'], page: 2 },
    });
    expect(plan.submit).toBe('on');
    expect(plan.actions.at(-1)).toMatchObject({
      action: 'submit',
      field: 'Simpan',
      target: { css: 'button[type="submit"]' },
    });
  });

  it('uploads only a photo the people shown agreed to', () => {
    const photos = [
      { id: 'p0', name: 'tanpa-izin.jpg', mimeType: 'image/jpeg', consent: false },
      { id: 'p2', name: 'kegiatan.png', mimeType: 'image/png', consent: true },
    ];
    const resume = { stepIndex: 12, doneMemberIds: MEMBERS.map((m) => m.id), page: 2 };
    const plan = planFill(example, sessionReport({ photos }), attendancePage2, { resume });
    expect(plan.actions.map((a) => a.value)).toEqual(['kegiatan.png']);
    const none = planFill(example, sessionReport({ photos: photos.slice(0, 1) }), attendancePage2, { resume });
    expect(none.actions).toEqual([]);
    expect(none.warnings.map((w) => w.key)).toEqual(['extension.warning.noPhoto']);
  });

  it('refuses the record when a family has no row and there is no next page', () => {
    const stranger = {
      id: 'm9',
      nik: '3201010101010009',
      name: 'Orang Lain',
      pkhId: '',
      status: 'hadir' as const,
      note: '',
    };
    let error: unknown;
    try {
      planFill(rowMap('attendanceTable'), attendanceTable([SITI, stranger]), attendancePage1);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('fill.targetNotFound');
    expect((error as AppError).details).toEqual({
      step: '1 (forEachRow)',
      field: 'Peserta: Orang Lain (NIK 3201010101010009)',
    });
    const skipping = planFill(
      rowMap('attendanceTable', { missingRow: 'skip' }),
      attendanceTable([SITI, stranger]),
      attendancePage1,
    );
    expect(skipping.actions).toHaveLength(1);
    expect(skipping.warnings).toEqual([
      {
        key: 'extension.warning.rowSkipped',
        step: '1 (forEachRow)',
        values: { step: '1 (forEachRow)', field: 'Peserta', name: 'Orang Lain', nik: '3201010101010009' },
      },
    ]);
  });

  it('chooses a radio by its value when the table maps statuses to codes', () => {
    const plan = planFill(rowMap('attendanceTable'), attendanceTable(MEMBERS.slice(0, 3)), attendancePage1);
    expect(plan.actions.map((a) => [a.value, a.target?.css.slice(-22)])).toEqual([
      ['H', 'd:nth-child(4) > input'],
      ['S', 'd:nth-child(5) > input'],
      ['A', 'd:nth-child(6) > input'],
    ]);
  });

  it('marks one family for a memberAttendance record', () => {
    const plan = planFill(rowMap('memberAttendance'), memberAttendance(MEMBERS[1]), attendancePage1);
    expect(plan.recordKey).toBe('attendance:s1:m2');
    expect(rowsOf(plan)).toEqual([
      ['Nur Hasanah', 'check', 'S', 'table#peserta > tbody > tr:nth-child(2) > td:nth-child(5) > input'],
    ]);
  });

  it('refuses two families that land on the same row', () => {
    const twin = { ...SITI, id: 'm7' };
    expect(() => planFill(rowMap('attendanceTable'), attendanceTable([SITI, twin]), attendancePage1)).toThrow(
      expect.objectContaining({ code: 'input.invalid' }),
    );
  });

  it('stops paging after maxPages', () => {
    const map = rowMap('attendanceTable', { pagination: { next: [{ label: 'Selanjutnya' }], maxPages: 2 } });
    const record = attendanceTable(MEMBERS);
    expect(planFill(map, record, attendancePage1).continuation).toMatchObject({ page: 2 });
    expect(() =>
      planFill(map, record, attendancePage1, { resume: { stepIndex: 0, doneMemberIds: ['m1', 'm2', 'm3'], page: 2 } }),
    ).toThrow(expect.objectContaining({ code: 'fill.targetNotFound' }));
  });
});
