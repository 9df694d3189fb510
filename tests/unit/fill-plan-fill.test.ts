import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { FillAction } from '../../shared/fill/fill-plan';
import type { FormMap, Step } from '../../shared/fill/form-map';
import { parseFormMap } from '../../shared/fill/form-map-schema';
import { planFill } from '../../shared/fill/plan-fill';
import { attendancePage2 } from '../fixtures/fill/attendance-table';
import { classicForm } from '../fixtures/fill/classic-form';
import { documentedExampleMap } from '../fixtures/fill/example-map';
import { frameShadowPage } from '../fixtures/fill/frame-shadow';
import { MATERI_TEXTS } from '../fixtures/fill/materi-options';
import { reactForm } from '../fixtures/fill/react-form';
import { sessionReport } from '../fixtures/fill/records';

const example = parseFormMap(documentedExampleMap());

function mapWith(steps: readonly unknown[], valueTables: Record<string, Record<string, string>> = {}): FormMap {
  return parseFormMap({
    id: 'uji',
    name: 'Uji',
    version: 1,
    appliesTo: { urlPatterns: ['*'] },
    recordKind: 'sessionReport',
    valueTables,
    steps,
  });
}

function thrown(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('no error');
}

const byField = (actions: readonly FillAction[], field: string): FillAction | undefined =>
  actions.find((a) => a.field === field);

describe('planFill on a classic labelled form', () => {
  const plan = planFill(example, sessionReport(), classicForm);

  it('plans the first page up to the waitFor, then asks to look again', () => {
    expect(plan.actions.map((a) => [a.step, a.action])).toEqual([
      ['1 (fill)', 'setValue'],
      ['2 (select)', 'selectOption'],
      ['3 (fill)', 'setValue'],
      ['4 (fill)', 'setValue'],
      ['5 (fill)', 'setValue'],
      ['6 (select)', 'select2'],
      ['7 (select)', 'selectOption'],
      ['8 (fill)', 'setValue'],
      ['9 (fill)', 'setValue'],
      ['10 (fill)', 'setValue'],
      ['11 (click)', 'click'],
      ['12 (waitFor)', 'waitFor'],
    ]);
    expect(plan.continuation).toEqual({ stepIndex: 12, doneMemberIds: [], page: 1 });
    expect(plan).toMatchObject({ mapId: 'mock-p2k2-laporan', mapVersion: 1, recordKey: 'session:s1' });
  });

  it('renders values and says what read-back must show', () => {
    expect(byField(plan.actions, 'Nama Kegiatan')).toMatchObject({
      value: 'Sesi 5 Mengelola Keuangan Keluarga - Melati 1',
      target: { framePath: [], shadowPath: [], css: '#nama_kegiatan', tag: 'input', type: 'text' },
      matchedBy: { strategyIndex: 0, strategy: 'label', fallback: false },
      expect: { kind: 'value', value: 'Sesi 5 Mengelola Keuangan Keluarga - Melati 1' },
    });
    expect(byField(plan.actions, 'Tanggal Kegiatan')?.value).toBe('29/11/2026');
    expect(byField(plan.actions, 'Jam Mulai')?.value).toBe('09:00');
    expect(byField(plan.actions, 'Tempat')).toMatchObject({
      value: 'Rumah Ibu Ketua',
      matchedBy: { strategy: 'placeholder' },
    });
    expect(byField(plan.actions, 'Nama Pemateri 1')?.value).toBe('Dewi Lestari');
    expect(byField(plan.actions, 'Proses')).toMatchObject({ action: 'click', target: { css: '#btn-proses' } });
    expect(byField(plan.actions, 'Daftar peserta')).toMatchObject({
      text: 'Daftar Peserta',
      timeoutMs: 10000,
      target: null,
    });
  });

  it('chooses the Materi option by its exact portal text', () => {
    expect(byField(plan.actions, 'Materi')).toMatchObject({
      action: 'selectOption',
      option: { value: '2', text: MATERI_TEXTS[1] },
      expect: { kind: 'option', value: '2', text: MATERI_TEXTS[1] },
    });
  });

  it('drives a select2 through its hidden select, and leaves a cascading choice for run time', () => {
    expect(byField(plan.actions, 'Provinsi')).toMatchObject({
      action: 'select2',
      target: { css: '#provinsi' },
      option: { value: '32', text: 'JAWA BARAT' },
      search: 'JAWA BARAT',
    });
    expect(byField(plan.actions, 'Kabupaten/Kota')).toMatchObject({
      action: 'selectOption',
      option: null,
      value: '32.01',
      waitForOptionsMs: 5000,
      expect: { kind: 'option', value: null, text: '32.01' },
    });
    // Disabled until a province is chosen: expected for a cascading select, so no warning.
    expect(plan.warnings).toEqual([]);
  });

  it('keeps submitting off by default and says so', () => {
    expect(plan.submit).toBe('off');
    expect(plan.success).toEqual({ textContains: 'berhasil disimpan', referencePattern: 'Nomor referensi: (\\S+)' });
  });
});

describe('planFill: values that do not fit', () => {
  it('refuses the record before anything is filled when a value is too long', () => {
    const error = thrown(() =>
      planFill(
        example,
        sessionReport({ session: { ...sessionReport().session, notes: 'x'.repeat(1200) } }),
        classicForm,
      ),
    );
    expect(error.code).toBe('fill.tooLong');
    expect(error.details).toEqual({ step: '10 (fill)', field: 'Uraian Kegiatan', max: 1000, length: 1200 });
  });

  it('cuts with a warning where the map allows it, honouring the field’s own maxlength', () => {
    const title =
      'Mengelola Keuangan Keluarga dengan Anggaran yang Jelas, Menabung Bersama, dan Merencanakan Usaha Kecil';
    const record = sessionReport({ session: { ...sessionReport().session, title } });
    const plan = planFill(example, record, classicForm);
    const action = byField(plan.actions, 'Nama Kegiatan');
    expect(action?.value).toHaveLength(100);
    expect(action?.expect).toEqual({ kind: 'value', value: action?.value });
    expect(plan.warnings).toContainEqual({
      key: 'extension.warning.truncated',
      step: '1 (fill)',
      values: { step: '1 (fill)', field: 'Nama Kegiatan', max: 100, length: 45 + title.length - 27 },
    });
    const looser = mapWith([
      { kind: 'fill', field: 'Nama', target: [{ id: 'nama_kegiatan' }], value: '{{session.title}}', maxLength: 500 },
    ]);
    expect(thrown(() => planFill(looser, record, classicForm)).details).toMatchObject({
      max: 100,
      length: title.length,
    });
  });

  it('refuses an option the portal does not have, listing the ones it has', () => {
    const map = mapWith(
      [{ kind: 'select', field: 'Materi', target: [{ label: 'Materi' }], value: '{{module.code | table:materi}}' }],
      { materi: { 'P2K2-M2': 'PENGELOLAAN KEUANGAN DAN PERENCANAAN USAHA' } },
    );
    const error = thrown(() => planFill(map, sessionReport(), classicForm));
    expect(error.code).toBe('formMap.invalid');
    expect(error.details.path).toBe('steps[0].value');
    expect(error.details.detail).toContain('"PENGELOLAAN KEUANGAN DAN PERENCANAAN USAHA" is not an option of "Materi"');
    expect(error.details.detail).toContain(`"${MATERI_TEXTS[1]}"`);
  });

  it('matches an option whose text differs only in case or spacing', () => {
    const map = mapWith([
      { kind: 'select', field: 'Materi', target: [{ label: 'materi' }], value: 'Kesehatan  dan Gizi.' },
    ]);
    expect(planFill(map, sessionReport(), classicForm).actions[0]).toMatchObject({
      option: { value: '3', text: 'KESEHATAN DAN GIZI.' },
    });
  });

  it('refuses a date shape a native date input cannot take', () => {
    const wrong = mapWith([
      {
        kind: 'fill',
        field: 'Tanggal',
        target: [{ label: 'Tanggal Kegiatan' }],
        value: '{{session.actualDate | dd/MM/yyyy}}',
      },
    ]);
    expect(thrown(() => planFill(wrong, sessionReport(), reactForm)).details).toMatchObject({ path: 'steps[0].value' });
    const right = mapWith([
      { kind: 'fill', field: 'Tanggal', target: [{ label: 'Tanggal Kegiatan' }], value: '{{session.actualDate}}' },
    ]);
    expect(planFill(right, sessionReport(), reactForm).actions[0]?.value).toBe('2026-11-29');
  });
});

describe('planFill: locators', () => {
  it('tries strategies in order and reports the fallback that matched', () => {
    const map = mapWith([
      {
        kind: 'fill',
        field: 'Nama Kegiatan',
        target: [{ id: 'nama' }, { name: 'nama_kegiatan' }, { label: 'Instansi Pemateri 1' }],
        value: 'x',
      },
    ]);
    const plan = planFill(map, sessionReport(), classicForm);
    expect(plan.actions[0]).toMatchObject({
      target: { css: '#nama_kegiatan' },
      matchedBy: { strategyIndex: 1, strategy: 'name', fallback: true },
    });
    expect(plan.warnings).toEqual([
      {
        key: 'extension.warning.fallbackUsed',
        step: '1 (fill)',
        values: { step: '1 (fill)', field: 'Nama Kegiatan', strategy: 2, by: 'name' },
      },
    ]);
  });

  it('names the step and field of a target that is not on the page, and plans nothing', () => {
    const steps: Step[] = [...example.steps];
    steps[1] = {
      kind: 'select',
      field: 'Materi',
      target: [{ label: 'Materi Kegiatan' }, { id: 'materi_id' }],
      value: 'x',
    };
    const error = thrown(() => planFill({ ...example, steps }, sessionReport(), classicForm));
    expect(error.code).toBe('fill.targetNotFound');
    expect(error.details).toEqual({ step: '2 (select)', field: 'Materi' });
  });

  it('skips an optional step whose field is missing, with a warning', () => {
    const map = mapWith([
      { kind: 'fill', field: 'Instansi 3', target: [{ label: 'Instansi Pemateri 3' }], value: 'x', optional: true },
      { kind: 'fill', field: 'Catatan', target: [{ id: 'pemateri_1' }], value: '{{session.notes}}', optional: true },
    ]);
    const plan = planFill(map, sessionReport({ session: { ...sessionReport().session, notes: '' } }), classicForm);
    expect(plan.actions).toEqual([]);
    expect(plan.warnings.map((w) => w.key)).toEqual([
      'extension.warning.optionalSkipped',
      'extension.warning.emptySkipped',
    ]);
  });

  it('only counts fields of the right kind for the step', () => {
    // "Foto Kegiatan" is not on the first page; a click may target a link, a fill may not.
    const fill = mapWith([{ kind: 'fill', field: 'Batal', target: [{ label: 'Batal' }], value: 'x' }]);
    expect(thrown(() => planFill(fill, sessionReport(), classicForm)).code).toBe('fill.targetNotFound');
    const click = mapWith([{ kind: 'click', field: 'Batal', target: [{ label: 'Batal' }] }]);
    expect(planFill(click, sessionReport(), classicForm).actions[0]?.target).toMatchObject({
      css: 'a.btn-batal',
      tag: 'a',
    });
  });

  it('warns about a field that is disabled right now', () => {
    const map = mapWith([{ kind: 'click', field: 'Berikutnya', target: [{ label: 'Selanjutnya' }] }]);
    expect(planFill(map, sessionReport(), attendancePage2).warnings).toEqual([
      { key: 'extension.warning.disabled', step: '1 (click)', values: { step: '1 (click)', field: 'Berikutnya' } },
    ]);
  });

  it('reads label-less React forms by nearby text, explicit labels first', () => {
    const map = mapWith([
      { kind: 'fill', field: 'Nama Kegiatan', target: [{ label: 'Nama Kegiatan' }], value: '{{session.title}}' },
      { kind: 'fill', field: 'Tempat', target: [{ label: 'Tempat Kegiatan' }], value: '{{session.place}}' },
      {
        kind: 'fill',
        field: 'Uraian',
        target: [{ label: 'Uraian Kegiatan' }],
        value: '{{session.notes}}',
        maxLength: 1000,
      },
      { kind: 'select', field: 'Materi', mode: 'select2', target: [{ label: 'Materi' }], value: 'KESEHATAN DAN GIZI.' },
      { kind: 'click', field: 'Proses', target: [{ label: 'Proses' }] },
    ]);
    const plan = planFill(map, sessionReport(), reactForm);
    expect(plan.actions.map((a) => a.target?.css)).toEqual([
      'form.css-1x2y > div:nth-child(1) input',
      'form.css-1x2y > div:nth-child(5) input',
      'form.css-1x2y > div:nth-child(10) textarea',
      'form.css-1x2y > div:nth-child(2) div[role="combobox"]',
      'form.css-1x2y > div:nth-child(11) button',
    ]);
    expect(plan.actions[3]).toMatchObject({
      action: 'select2',
      option: null,
      search: 'KESEHATAN DAN GIZI.',
      expect: { kind: 'option', value: null, text: 'KESEHATAN DAN GIZI.' },
    });
  });

  it('refuses a locator that finds several fields unless it picks the first visible', () => {
    const ambiguous = mapWith([{ kind: 'fill', field: 'Pemateri', target: [{ label: 'Nama Pemateri' }], value: 'x' }]);
    const error = thrown(() => planFill(ambiguous, sessionReport(), reactForm));
    expect(error.code).toBe('formMap.invalid');
    expect(error.details.path).toBe('steps[0].target[0]');
    expect(error.details.detail).toContain('finds 3 fields');
    const first = mapWith([
      { kind: 'fill', field: 'Pemateri', target: [{ label: 'Nama Pemateri', pick: 'firstVisible' }], value: 'x' },
      { kind: 'fill', field: 'Pemateri 3', target: [{ placeholder: 'Nama Pemateri 3' }], value: 'y' },
    ]);
    expect(planFill(first, sessionReport(), reactForm).actions.map((a) => a.target?.css)).toEqual([
      'form.css-1x2y > div:nth-child(7) input:nth-of-type(1)',
      'form.css-1x2y > div:nth-child(9) input:nth-of-type(1)',
    ]);
  });

  it('finds a field in an iframe and a shadow root, telling the executor the way in', () => {
    const loose = mapWith([{ kind: 'fill', field: 'Tanggal', target: [{ label: 'Tanggal Pertemuan' }], value: 'x' }]);
    expect(thrown(() => planFill(loose, sessionReport(), frameShadowPage)).details.detail).toContain('finds 2 fields');
    const framed = mapWith([
      {
        kind: 'fill',
        field: 'Tanggal',
        target: [{ label: 'Tanggal Pertemuan', frame: 'iframe#konten' }],
        value: '{{session.actualDate | dd/MM/yyyy}}',
      },
      { kind: 'fill', field: 'Catatan', target: [{ id: 'catatan', frame: 'iframe#konten' }], value: 'x' },
    ]);
    expect(planFill(framed, sessionReport(), frameShadowPage).actions.map((a) => a.target)).toEqual([
      {
        framePath: ['iframe#konten'],
        shadowPath: ['lentera-date-field#tgl'],
        css: 'input.tanggal',
        tag: 'input',
        type: 'text',
      },
      { framePath: ['iframe#konten'], shadowPath: [], css: '#catatan', tag: 'textarea', type: 'textarea' },
    ]);
  });

  it('refuses a record of another kind', () => {
    const error = thrown(() => planFill({ ...example, recordKind: 'attendanceTable' }, sessionReport(), classicForm));
    expect(error.details.path).toBe('recordKind');
  });
});
