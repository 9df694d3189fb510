import { describe, expect, it } from 'vitest';
import { compareReadBack, type ReadBack } from '../../shared/fill/check-read-back';
import { checkSuccess } from '../../shared/fill/check-success';
import { parseFormMap } from '../../shared/fill/form-map-schema';
import { planFill } from '../../shared/fill/plan-fill';
import { describeError } from '../../shared/i18n/translate';
import { classicForm } from '../fixtures/fill/classic-form';
import { documentedExampleMap } from '../fixtures/fill/example-map';
import { MATERI_TEXTS } from '../fixtures/fill/materi-options';
import { sessionReport } from '../fixtures/fill/records';

const plan = planFill(parseFormMap(documentedExampleMap()), sessionReport(), classicForm);

/** What a faithful page reads back for every action, with some readings replaced. */
function readings(replace: Record<number, Partial<ReadBack>> = {}): ReadBack[] {
  return plan.actions.flatMap((action, actionIndex) => {
    if (action.expect === null) return [];
    const exp = action.expect;
    const read: ReadBack = {
      actionIndex,
      present: true,
      value: exp.kind === 'value' ? exp.value : exp.kind === 'option' ? (exp.value ?? 'x') : '',
      text: exp.kind === 'option' ? exp.text : '',
      checked: exp.kind === 'checked' ? exp.checked : false,
      files: exp.kind === 'file' ? [exp.name] : [],
      invalidMessage: '',
    };
    return [{ ...read, ...replace[actionIndex] }];
  });
}

describe('compareReadBack', () => {
  it('is all ok when the page kept every value', () => {
    const report = compareReadBack(plan, readings());
    expect(report.summary).toEqual({ ok: 10, changed: 0, rejected: 0, unchecked: 2, allOk: true });
    expect(report.problems).toEqual([]);
  });

  it('tells a value the page changed from one it rejected', () => {
    const report = compareReadBack(
      plan,
      readings({
        2: { value: '2026-11-29' }, // the date picker rewrote the date
        1: { value: '', text: '-- Pilih Materi --' }, // the select fell back to its prompt
        9: { invalidMessage: 'Uraian wajib diisi' },
        7: { present: false },
      }),
    );
    expect(report.actions.filter((a) => a.status !== 'ok' && a.status !== 'unchecked')).toEqual([
      {
        actionIndex: 1,
        step: '2 (select)',
        field: 'Materi',
        status: 'changed',
        expected: MATERI_TEXTS[1],
        actual: '-- Pilih Materi --',
        message: '',
      },
      {
        actionIndex: 2,
        step: '3 (fill)',
        field: 'Tanggal Kegiatan',
        status: 'changed',
        expected: '29/11/2026',
        actual: '2026-11-29',
        message: '',
      },
      {
        actionIndex: 7,
        step: '8 (fill)',
        field: 'Tempat',
        status: 'rejected',
        expected: 'Rumah Ibu Ketua',
        actual: '',
        message: '',
      },
      {
        actionIndex: 9,
        step: '10 (fill)',
        field: 'Uraian Kegiatan',
        status: 'rejected',
        expected: 'Pertemuan berjalan lancar.',
        actual: 'Pertemuan berjalan lancar.',
        message: 'Uraian wajib diisi',
      },
    ]);
    expect(report.summary).toMatchObject({ changed: 2, rejected: 2, allOk: false });
    expect(describeError('id', report.problems[1])).toBe(
      'Langkah 3 (fill): kolom "Tanggal Kegiatan" tidak menerima nilai (terbaca "2026-11-29").',
    );
  });

  it('accepts an option chosen at run time by the value or text the map asked for', () => {
    const cascading = plan.actions.findIndex((a) => a.field === 'Kabupaten/Kota');
    const status = (read: Partial<ReadBack>) =>
      compareReadBack(plan, readings({ [cascading]: read })).actions[cascading]?.status;
    expect(status({ value: '32.01', text: 'KABUPATEN BOGOR' })).toBe('ok');
    expect(status({ value: '3201', text: ' 32.01 ' })).toBe('ok');
    expect(status({ value: '32.02', text: 'KABUPATEN SUKABUMI' })).toBe('changed');
    expect(status({ value: '', text: '' })).toBe('rejected');
  });

  it('is not all ok when a reading is missing', () => {
    const report = compareReadBack(plan, readings().slice(1));
    expect(report.actions[0]?.status).toBe('unchecked');
    expect(report.summary.allOk).toBe(false);
  });
});

describe('checkSuccess', () => {
  const success = { textContains: 'berhasil disimpan', referencePattern: 'Nomor referensi: (\\S+)' };

  it('reads the reference when the page says the entry was saved', () => {
    expect(
      checkSuccess(success, {
        text: 'Data berhasil disimpan. Nomor referensi: P2K2-2026-000123',
        selectorFound: false,
      }),
    ).toEqual({
      ok: true,
      reference: 'P2K2-2026-000123',
    });
    expect(checkSuccess({ textContains: 'berhasil' }, { text: 'berhasil', selectorFound: false })).toEqual({
      ok: true,
      reference: null,
    });
  });

  it('is not a success while the page shows no success', () => {
    expect(checkSuccess(success, { text: 'Nama Kegiatan wajib diisi', selectorFound: false })).toEqual({
      ok: false,
      reference: null,
    });
    expect(checkSuccess({ selector: '.alert-success' }, { text: 'berhasil', selectorFound: false }).ok).toBe(false);
  });
});
