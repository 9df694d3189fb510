import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { parseFormMap } from '../../shared/fill/form-map-schema';
import { findFormMaps, matchesUrlPattern } from '../../shared/fill/match-url-pattern';
import { selectorsOf } from '../../shared/fill/selectors-of';
import { documentedExampleMap } from '../fixtures/fill/example-map';

type Json = Record<string, unknown>;

function minimalMap(overrides: Json = {}): Json {
  return {
    id: 'uji',
    name: 'Uji',
    version: 1,
    appliesTo: { urlPatterns: ['http://127.0.0.1:*/p2k2/*'] },
    recordKind: 'sessionReport',
    steps: [{ kind: 'fill', field: 'Nama Kegiatan', target: [{ label: 'Nama Kegiatan' }], value: '{{session.title}}' }],
    ...overrides,
  };
}

function refusal(json: unknown): { path: string | number | undefined; detail: string | number | undefined } {
  try {
    parseFormMap(json);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('formMap.invalid');
    return { path: appError.details.path, detail: appError.details.detail };
  }
  throw new Error('the map was accepted');
}

/** The documented example with one step replaced. */
function exampleWithStep(index: number, step: Json): Json {
  const map = documentedExampleMap() as Json & { steps: Json[] };
  map.steps[index] = step;
  return map;
}

describe('parseFormMap', () => {
  it('accepts the documented example and keeps its shape', () => {
    const map = parseFormMap(documentedExampleMap());
    expect(map.id).toBe('mock-p2k2-laporan');
    expect(map.steps.map((s) => s.kind)).toEqual([
      'fill',
      'select',
      'fill',
      'fill',
      'fill',
      'select',
      'select',
      'fill',
      'fill',
      'fill',
      'click',
      'waitFor',
      'forEachRow',
      'upload',
      'submit',
    ]);
    expect(map.steps[0]).toMatchObject({ target: [{ label: 'Nama Kegiatan' }, { name: 'nama_kegiatan' }] });
    expect(map.valueTables.statusLabels).toEqual({ hadir: 'HADIR', sakit: 'SAKIT', alpa: 'ALFA' });
  });

  it('defaults value tables to none', () => {
    expect(parseFormMap(minimalMap()).valueTables).toEqual({});
  });

  it('names the bad path of a wrong type deep in a step', () => {
    const json = exampleWithStep(3, { kind: 'fill', field: 'Jam Mulai', target: [{ label: 42 }], value: '' });
    expect(refusal(json)).toEqual({ path: 'steps[3].target[0].label', detail: expect.stringContaining('string') });
  });

  it('refuses a misspelt key with its path', () => {
    const json = minimalMap({ steps: [{ kind: 'fill', field: 'x', target: [{ lable: 'Materi' }], value: '' }] });
    expect(refusal(json).path).toBe('steps[0].target[0].lable');
  });

  it('refuses an unknown step kind at its kind', () => {
    expect(refusal(minimalMap({ steps: [{ kind: 'type', field: 'x' }] })).path).toBe('steps[0].kind');
  });

  it('needs exactly one way to find a field per strategy', () => {
    const two = minimalMap({ steps: [{ kind: 'click', field: 'x', target: [{ label: 'A', css: '#a' }] }] });
    expect(refusal(two)).toEqual({ path: 'steps[0].target[0]', detail: expect.stringContaining('exactly one') });
    const none = minimalMap({ steps: [{ kind: 'click', field: 'x', target: [{ frame: 'iframe' }] }] });
    expect(refusal(none).path).toBe('steps[0].target[0]');
    const empty = minimalMap({ steps: [{ kind: 'click', field: 'x', target: [] }] });
    expect(refusal(empty).path).toBe('steps[0].target');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a %s key anywhere', (key) => {
    const json = JSON.parse(
      `{"id":"x","name":"x","version":1,"appliesTo":{"urlPatterns":["*"]},"recordKind":"sessionReport",
        "valueTables":{"t":{"${key}":{"polluted":"yes"}}},"steps":[]}`,
    );
    expect(refusal(json)).toEqual({ path: `valueTables.t.${key}`, detail: `forbidden key "${key}"` });
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('checks template paths against the record kind', () => {
    const typo = minimalMap({
      steps: [{ kind: 'fill', field: 'x', target: [{ id: 'a' }], value: '{{session.tittle}}' }],
    });
    expect(refusal(typo)).toEqual({
      path: 'steps[0].value',
      detail: 'unknown path "session.tittle" in "{{session.tittle}}"',
    });
    const object = minimalMap({
      steps: [{ kind: 'fill', field: 'x', target: [{ id: 'a' }], value: '{{group.region}}' }],
    });
    expect(refusal(object).detail).toContain('not a single value');
    // A single family is only `member` inside a table row or in a memberAttendance map.
    const outside = minimalMap({
      steps: [{ kind: 'fill', field: 'x', target: [{ id: 'a' }], value: '{{member.nik}}' }],
    });
    expect(refusal(outside).detail).toContain('unknown path "member.nik"');
    expect(() => parseFormMap({ ...outside, recordKind: 'memberAttendance' })).not.toThrow();
  });

  it('checks formatters and value tables named in templates, locators included', () => {
    const formatter = minimalMap({
      steps: [{ kind: 'fill', field: 'x', target: [{ id: 'a' }], value: '{{session.title | uper}}' }],
    });
    expect(refusal(formatter)).toEqual({
      path: 'steps[0].value',
      detail: expect.stringContaining('unknown formatter "uper"'),
    });
    const table = minimalMap({
      steps: [{ kind: 'check', field: 'x', target: [{ label: '{{session.code | table:kode}}' }] }],
    });
    expect(refusal(table)).toEqual({
      path: 'steps[0].target[0].label',
      detail: expect.stringContaining('no value table "kode"'),
    });
  });

  it('refuses a template in CSS, which the collector evaluates as it is', () => {
    const json = minimalMap({ steps: [{ kind: 'click', field: 'x', target: [{ css: '#row-{{session.id}}' }] }] });
    expect(refusal(json).path).toBe('steps[0].target[0].css');
  });

  it('checks the reference pattern compiles and has one capture group', () => {
    expect(refusal(minimalMap({ success: { textContains: 'ok', referencePattern: 'No: (' } })).path).toBe(
      'success.referencePattern',
    );
    expect(refusal(minimalMap({ success: { textContains: 'ok', referencePattern: 'No: \\S+' } })).detail).toBe(
      'needs exactly one capture group, has 0',
    );
    expect(refusal(minimalMap({ success: { referencePattern: 'No: (\\S+)' } })).detail).toContain(
      'textContains or selector',
    );
  });

  it('keeps row strategies to forEachRow and photos to session reports', () => {
    const rowOutside = minimalMap({ steps: [{ kind: 'click', field: 'x', target: [{ row: { equals: 'a' } }] }] });
    expect(refusal(rowOutside).path).toBe('steps[0].target[0].row');
    const upload = minimalMap({
      recordKind: 'attendanceTable',
      steps: [{ kind: 'upload', field: 'Foto', target: [{ label: 'Foto' }], photo: 'firstConsented' }],
    });
    expect(refusal(upload)).toEqual({ path: 'steps[0].kind', detail: 'only session reports carry photos' });
  });

  it('refuses a waitFor with nothing to wait for, and nested forEachRow', () => {
    expect(refusal(minimalMap({ steps: [{ kind: 'waitFor', field: 'x', timeoutMs: 100 }] })).detail).toContain(
      'selector or a text',
    );
    const nested = exampleWithStep(12, {
      kind: 'forEachRow',
      field: 'x',
      row: [{ row: { equals: '{{member.nik}}' } }],
      steps: [{ kind: 'forEachRow', field: 'y', row: [{ row: { equals: 'a' } }], steps: [] }],
    });
    expect(refusal(nested).path).toBe('steps[12].steps[0].kind');
  });
});

describe('URL patterns', () => {
  it('treat * as any run of characters and everything else literally', () => {
    const pattern = 'http://127.0.0.1:*/p2k2/laporan/baru*';
    expect(matchesUrlPattern('http://127.0.0.1:5174/p2k2/laporan/baru', pattern)).toBe(true);
    expect(matchesUrlPattern('http://127.0.0.1:5174/p2k2/laporan/baru?kelompok=3#x', pattern)).toBe(true);
    expect(matchesUrlPattern('http://127.0.0.1:5174/p2k2/laporan/lama', pattern)).toBe(false);
    expect(matchesUrlPattern('http://127.0.0.10:5174/p2k2/laporan/baru', pattern)).toBe(false);
    expect(matchesUrlPattern('https://siks.example.id/p2k2?x', 'https://siks.example.id/p2k2')).toBe(false);
  });

  it('find the maps for a page', () => {
    const map = parseFormMap(documentedExampleMap());
    expect(findFormMaps([map], 'http://127.0.0.1:8080/p2k2/laporan/baru')).toEqual([map]);
    expect(findFormMaps([map], 'http://127.0.0.1:8080/login')).toEqual([]);
  });
});

describe('selectorsOf', () => {
  it('lists every CSS the collector must evaluate', () => {
    expect(selectorsOf(parseFormMap(documentedExampleMap())).sort()).toEqual(
      ['button[type=submit]', 'input[type=radio]', 'textarea.uraian'].sort(),
    );
  });
});
