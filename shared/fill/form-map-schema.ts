// The form-map language. A form map is JSON that tells the extension how to enter one kind of
// record into one portal form. It is validated here on load (built-in, user-made or imported) and
// refused with the path of the first problem, e.g. `steps[3].target[0].label`.
//
// ```json
// {
//   "id": "mock-p2k2-laporan",
//   "name": "Portal uji: Tambah Kegiatan P2K2",
//   "version": 1,
//   "appliesTo": { "urlPatterns": ["http://127.0.0.1:*/p2k2/laporan/baru*"] },
//   "recordKind": "sessionReport",
//   "valueTables": {
//     "materi": {
//       "P2K2-M2": "PENGELOLAAN KEUANGAN DAN PERENCANAAN USAHA.",
//       "P2K2-M3": "KESEHATAN DAN GIZI.",
//       "P2K2-M5": "KESEJAHTERAAN SOSIAL."
//     },
//     "statusLabels": { "hadir": "HADIR", "sakit": "SAKIT", "alpa": "ALFA" }
//   },
//   "steps": [
//     { "kind": "fill", "field": "Nama Kegiatan", "target": [{ "label": "Nama Kegiatan" }, { "name": "nama_kegiatan" }],
//       "value": "Sesi {{session.number}} {{session.title}} - {{group.name}}", "maxLength": 100, "tooLong": "truncate" },
//     { "kind": "select", "field": "Materi", "target": [{ "label": "Materi" }, { "id": "materi" }],
//       "value": "{{module.code | table:materi}}" },
//     { "kind": "fill", "field": "Tanggal Kegiatan", "target": [{ "label": "Tanggal Kegiatan" }],
//       "value": "{{session.actualDate | dd/MM/yyyy}}" },
//     { "kind": "fill", "field": "Jam Mulai", "target": [{ "label": "Jam Mulai" }], "value": "{{session.startTime | time}}" },
//     { "kind": "fill", "field": "Jam Selesai", "target": [{ "label": "Jam Selesai" }], "value": "{{session.endTime | time}}" },
//     { "kind": "select", "field": "Provinsi", "target": [{ "label": "Provinsi" }], "mode": "select2",
//       "value": "{{group.region.provinceName | upper}}" },
//     { "kind": "select", "field": "Kabupaten/Kota", "target": [{ "label": "Kabupaten/Kota" }],
//       "value": "{{group.region.regencyCode}}", "waitForOptionsMs": 5000 },
//     { "kind": "fill", "field": "Tempat", "target": [{ "placeholder": "Lokasi kegiatan" }], "value": "{{session.place}}" },
//     { "kind": "fill", "field": "Nama Pemateri 1", "target": [{ "label": "Nama Pemateri 1" }], "value": "{{facilitator.name}}" },
//     { "kind": "fill", "field": "Uraian Kegiatan", "target": [{ "label": "Uraian Kegiatan" }, { "css": "textarea.uraian" }],
//       "value": "{{session.notes | default:-}}", "maxLength": 1000 },
//     { "kind": "click", "field": "Proses", "target": [{ "label": "Proses" }] },
//     { "kind": "waitFor", "field": "Daftar peserta", "text": "Daftar Peserta", "timeoutMs": 10000 },
//     { "kind": "forEachRow", "field": "Kehadiran peserta",
//       "row": [{ "row": { "column": "NIK", "equals": "{{member.nik}}" } },
//               { "row": { "column": "Nama", "equals": "{{member.name}}" } }],
//       "steps": [{ "kind": "check", "field": "Status kehadiran", "target": [{ "css": "input[type=radio]" }],
//                   "value": "{{member.status | table:statusLabels}}" }],
//       "pagination": { "next": [{ "label": "Selanjutnya" }], "rowsPerPage": 10 } },
//     { "kind": "upload", "field": "Foto Kegiatan", "target": [{ "label": "Foto Kegiatan" }],
//       "photo": "firstConsented", "optional": true },
//     { "kind": "submit", "field": "Simpan", "target": [{ "label": "Simpan" }, { "css": "button[type=submit]" }] }
//   ],
//   "success": { "textContains": "berhasil disimpan", "referencePattern": "Nomor referensi: (\\S+)" }
// }
// ```
//
// The rules:
// - `appliesTo.urlPatterns`: URL globs, `*` = any run of characters, the rest literal, whole URL
//   (see match-url-pattern.ts). `recordKind`: sessionReport | memberAttendance | attendanceTable.
// - `valueTables`: name → { our value → the portal's text }. `{{x | table:name}}` with no entry is
//   an error, never a pass-through (so an `izin` family with no portal status stops the fill).
// - Values are templates (render-template.ts lists the formatters); paths are checked here against
//   the record kind. Inside `forEachRow`, `member` is the row's family.
// - `target`: locator strategies tried in order; the first that finds anything wins: `label`
//   (as a person reads it, normalised), `name`, `id`, `css`, `placeholder`, `ariaLabel`; each may
//   add `frame` (css of an iframe) and `pick: "firstVisible"` (else finding several is an error).
//   Text strategies may hold templates; `css` may not (the collector evaluates it).
// - Step kinds: `fill` (text, textarea, date, time, number inputs; `maxLength`, `tooLong`),
//   `select` (`mode` native|select2, `search`, `waitForOptionsMs` for cascading selects),
//   `check` (with `value`: the box whose label or value it is; `checked`: false clears), `click`,
//   `upload` (`photo: "firstConsented"`, session reports only), `waitFor` (`selector` and/or
//   `text`, `timeoutMs`: the page changes here, the extension looks again before going on),
//   `forEachRow` (`row`: row strategies; inner `steps` see only that row; `missingRow`;
//   `pagination`), `submit` (only run when submitting is turned on; it and every later step are
//   left out otherwise). Any step may be `optional`: skipped with a warning when its target is
//   missing or its value empty.
// - `success`: `textContains` and/or `selector`, and `referencePattern` with one capture group.
import * as v from 'valibot';
import { AppError } from '../errors';
import { RECORD_KINDS, type RecordKind, SAMPLE_MEMBER, sampleRecord, templateScope } from './fill-record';
import {
  FIELD_STRATEGY_KINDS,
  type FieldStrategy,
  type FormMap,
  type Locator,
  type RowStrategy,
  type Step,
  type StrategyOptions,
} from './form-map';
import { findForbiddenKey, issuePath } from './issue-path';
import { checkTemplate, hasTemplate, templatePaths } from './render-template';

const MAX_STEPS = 300;
const text = v.pipe(v.string(), v.nonEmpty(), v.maxLength(2_000));
const template = v.pipe(v.string(), v.maxLength(5_000));
const css = v.pipe(
  text,
  v.check((s) => !hasTemplate(s), 'CSS cannot hold a template'),
);
const positive = v.pipe(v.number(), v.integer(), v.minValue(1));
const timeout = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600_000));
const opt = v.exactOptional;
const strategyOptions = { frame: opt(css), pick: opt(v.literal('firstVisible')) };

function optionsOf(s: StrategyOptions): StrategyOptions {
  return { ...(s.frame !== undefined && { frame: s.frame }), ...(s.pick !== undefined && { pick: s.pick }) };
}

const fieldStrategySchema = v.pipe(
  v.strictObject({
    label: opt(text),
    name: opt(text),
    id: opt(text),
    css: opt(css),
    placeholder: opt(text),
    ariaLabel: opt(text),
    ...strategyOptions,
  }),
  v.check(
    (s) => FIELD_STRATEGY_KINDS.filter((k) => s[k] !== undefined).length === 1,
    `A strategy needs exactly one of ${FIELD_STRATEGY_KINDS.join(', ')}`,
  ),
  v.transform((s): FieldStrategy => {
    const o = optionsOf(s);
    if (s.label !== undefined) return { ...o, label: s.label };
    if (s.name !== undefined) return { ...o, name: s.name };
    if (s.id !== undefined) return { ...o, id: s.id };
    if (s.placeholder !== undefined) return { ...o, placeholder: s.placeholder };
    if (s.ariaLabel !== undefined) return { ...o, ariaLabel: s.ariaLabel };
    return { ...o, css: s.css ?? '' };
  }),
);

const locator = v.pipe(
  v.array(fieldStrategySchema),
  v.minLength(1, 'A target needs at least one strategy'),
  v.maxLength(10),
);
const rowStrategy = v.strictObject({
  row: v.strictObject({ column: opt(text), equals: v.pipe(template, v.nonEmpty()) }),
  ...strategyOptions,
});

const base = { field: text, optional: opt(v.boolean()) };
const fillStep = v.strictObject({
  kind: v.literal('fill'),
  ...base,
  target: locator,
  value: template,
  maxLength: opt(positive),
  tooLong: opt(v.picklist(['error', 'truncate'])),
});
const selectStep = v.strictObject({
  kind: v.literal('select'),
  ...base,
  target: locator,
  value: template,
  mode: opt(v.picklist(['native', 'select2'])),
  search: opt(template),
  waitForOptionsMs: opt(timeout),
});
const checkStep = v.strictObject({
  kind: v.literal('check'),
  ...base,
  target: locator,
  value: opt(template),
  checked: opt(v.boolean()),
});
const clickStep = v.strictObject({ kind: v.literal('click'), ...base, target: locator });
const waitForStep = v.pipe(
  v.strictObject({
    kind: v.literal('waitFor'),
    ...base,
    selector: opt(css),
    text: opt(text),
    frame: opt(css),
    timeoutMs: timeout,
  }),
  v.check((s) => s.selector !== undefined || s.text !== undefined, 'waitFor needs a selector or a text'),
);
const rowStepSchema = v.variant('kind', [fillStep, selectStep, checkStep, clickStep]);

const stepSchema = v.variant('kind', [
  fillStep,
  selectStep,
  checkStep,
  clickStep,
  waitForStep,
  v.strictObject({ kind: v.literal('upload'), ...base, target: locator, photo: v.literal('firstConsented') }),
  v.strictObject({ kind: v.literal('submit'), ...base, target: locator }),
  v.strictObject({
    kind: v.literal('forEachRow'),
    ...base,
    row: v.pipe(v.array(rowStrategy), v.minLength(1), v.maxLength(10)),
    steps: v.pipe(v.array(rowStepSchema), v.minLength(1), v.maxLength(50)),
    missingRow: opt(v.picklist(['error', 'skip'])),
    pagination: opt(
      v.strictObject({ next: locator, rowsPerPage: opt(positive), maxPages: opt(v.pipe(positive, v.maxValue(1_000))) }),
    ),
  }),
]);

const tableName = v.pipe(v.string(), v.regex(/^[A-Za-z][\w-]*$/, 'A value table name is letters, digits, - and _'));

export const formMapSchema: v.GenericSchema<unknown, FormMap> = v.strictObject({
  id: v.pipe(text, v.regex(/^[\w.-]+$/, 'An id is letters, digits, ., - and _')),
  name: text,
  version: positive,
  description: opt(v.pipe(v.string(), v.maxLength(5_000))),
  appliesTo: v.strictObject({ urlPatterns: v.pipe(v.array(text), v.minLength(1), v.maxLength(50)) }),
  recordKind: v.picklist(RECORD_KINDS),
  valueTables: opt(v.record(tableName, v.record(v.pipe(v.string(), v.maxLength(2_000)), template)), {}),
  steps: v.pipe(v.array(stepSchema), v.minLength(1), v.maxLength(MAX_STEPS)),
  success: opt(
    v.pipe(
      v.strictObject({
        textContains: opt(text),
        selector: opt(css),
        referencePattern: opt(text),
        timeoutMs: opt(timeout),
      }),
      v.check(
        (s) => s.textContains !== undefined || s.selector !== undefined,
        'success needs textContains or selector',
      ),
    ),
  ),
});

const pathCache = new Map<string, ReadonlySet<string>>();
function pathsFor(kind: RecordKind, inRow: boolean): ReadonlySet<string> {
  const key = `${kind}:${inRow}`;
  let paths = pathCache.get(key);
  if (paths === undefined) {
    const record = sampleRecord(kind);
    paths = templatePaths(inRow ? templateScope(record, SAMPLE_MEMBER) : templateScope(record));
    pathCache.set(key, paths);
  }
  return paths;
}

function checkLocator(
  target: Locator | readonly RowStrategy[],
  at: string,
  check: (t: string, w: string) => void,
): void {
  target.forEach((strategy, i) => {
    for (const [key, value] of Object.entries(strategy)) {
      if (key === 'row' && typeof value === 'object' && value !== null && 'equals' in value) {
        check(String(value.equals), `${at}[${i}].row.equals`);
      } else if (typeof value === 'string' && key !== 'css' && key !== 'frame' && key !== 'pick') {
        check(value, `${at}[${i}].${key}`);
      }
    }
  });
}

/** Checks no schema can: templates against the record kind, the reference pattern, step placement. */
function checkSemantics(map: FormMap): void {
  const checkSteps = (steps: readonly Step[], at: string, inRow: boolean): void => {
    const paths = pathsFor(map.recordKind, inRow);
    const check = (t: string, where: string): void => checkTemplate(t, map.valueTables, paths, where);
    steps.forEach((step, i) => {
      const where = `${at}[${i}]`;
      if (step.kind === 'upload' && map.recordKind !== 'sessionReport') {
        throw new AppError('formMap.invalid', { path: `${where}.kind`, detail: 'only session reports carry photos' });
      }
      if ('target' in step) checkLocator(step.target, `${where}.target`, check);
      if ('value' in step && step.value !== undefined) check(step.value, `${where}.value`);
      if (step.kind === 'select' && step.search !== undefined) check(step.search, `${where}.search`);
      if (step.kind === 'forEachRow') {
        checkLocator(step.row, `${where}.row`, (t, w) =>
          checkTemplate(t, map.valueTables, pathsFor(map.recordKind, true), w),
        );
        if (step.pagination) checkLocator(step.pagination.next, `${where}.pagination.next`, check);
        checkSteps(step.steps, `${where}.steps`, true);
      }
    });
  };
  checkSteps(map.steps, 'steps', false);
  const pattern = map.success?.referencePattern;
  if (pattern !== undefined) {
    let groups: number;
    try {
      groups = (new RegExp(`${pattern}|`).exec('')?.length ?? 1) - 1;
    } catch (error) {
      throw new AppError('formMap.invalid', { path: 'success.referencePattern', detail: String(error) });
    }
    if (groups !== 1) {
      throw new AppError('formMap.invalid', {
        path: 'success.referencePattern',
        detail: `needs exactly one capture group, has ${groups}`,
      });
    }
  }
}

/**
 * Validate a form map from outside (built-in JSON, the map editor, an import). Throws
 * `AppError('formMap.invalid', { path, detail })` naming the first bad path.
 */
export function parseFormMap(json: unknown): FormMap {
  const forbidden = findForbiddenKey(json);
  if (forbidden !== null) throw new AppError('formMap.invalid', forbidden);
  const result = v.safeParse(formMapSchema, json);
  if (!result.success) {
    const [first] = result.issues;
    throw new AppError('formMap.invalid', first ? issuePath(first) : { path: '(root)', detail: 'invalid' });
  }
  checkSemantics(result.output);
  return result.output;
}
