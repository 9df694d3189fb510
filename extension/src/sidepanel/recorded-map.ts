/**
 * From what the user picked on the page to a form map: each picked field becomes one step with
 * the locator the recorder built, the step kind and the value the user chose. The result is plain
 * JSON that `parseFormMap` validates when it is saved, like any map. A first guess of each value
 * from the field's label saves typing; the user sees and can change every guess.
 */
import type { RecordKind } from '../../../shared/fill/fill-record';
import type { RecordedField, RecordedStepKind } from '../content/recorder-protocol';

export type DraftValue =
  | { readonly mode: 'template'; readonly template: string }
  | { readonly mode: 'fixed'; readonly text: string }
  | { readonly mode: 'none' };

export interface DraftStep {
  /** Stable while the user edits the list. */
  readonly uid: number;
  readonly field: RecordedField;
  readonly kind: RecordedStepKind;
  readonly value: DraftValue;
}

export interface Draft {
  readonly id: string;
  readonly name: string;
  readonly urlPattern: string;
  readonly recordKind: RecordKind;
  readonly steps: readonly DraftStep[];
  /** Text the portal shows after a successful save ('' when unknown). */
  readonly successText: string;
  /** A regular expression with one group that reads the portal's reference ('' when none). */
  readonly referencePattern: string;
}

/** Which kinds carry a value. */
export function takesValue(kind: RecordedStepKind): boolean {
  return kind === 'fill' || kind === 'select' || kind === 'check';
}

/** Label words → the value a field with that label most likely wants. */
const GUESSES: readonly (readonly [RegExp, string])[] = [
  [/jam\s*mulai|waktu\s*mulai|\bstart\b/, '{{session.startTime | time}}'],
  [/jam\s*selesai|waktu\s*selesai|\bend\b/, '{{session.endTime | time}}'],
  [/tanggal|tgl|\bdate\b/, '{{session.actualDate | dd/MM/yyyy}}'],
  [/tempat|lokasi|place/, '{{session.place}}'],
  [/ringkasan|uraian|catatan|keterangan|summary/, '{{session.notes}}'],
  [/jumlah\s*hadir|hadir/, '{{counts.hadir}}'],
  [/nama\s*kegiatan|judul/, 'Sesi {{session.number}} {{session.title}}'],
  [/pemateri|pendamping|fasilitator/, '{{facilitator.name}}'],
  [/kelompok|group/, '{{group.name}}'],
  [/provinsi/, '{{group.region.provinceName}}'],
  [/kabupaten|kota/, '{{group.region.regencyName}}'],
  [/kecamatan/, '{{group.region.districtName}}'],
  [/desa|kelurahan/, '{{group.region.villageName}}'],
  [/nik/, '{{member.nik}}'],
];

export function guessValue(field: RecordedField, kind: RecordedStepKind, available: ReadonlySet<string>): DraftValue {
  if (!takesValue(kind) || kind === 'check') return { mode: 'none' };
  const label = `${field.label} ${field.name} ${field.placeholder}`.toLowerCase();
  for (const [pattern, template] of GUESSES) {
    if (pattern.test(label) && available.has(template)) return { mode: 'template', template };
  }
  return { mode: 'fixed', text: '' };
}

function fieldName(field: RecordedField, index: number): string {
  return field.label || field.name || field.id || field.placeholder || `#${index + 1}`;
}

function textOf(value: DraftValue): string | undefined {
  if (value.mode === 'template') return value.template;
  if (value.mode === 'fixed') return value.text;
  return undefined;
}

function stepOf(step: DraftStep, index: number): Record<string, unknown> {
  const base = { kind: step.kind, field: fieldName(step.field, index), target: step.field.target };
  const value = textOf(step.value);
  switch (step.kind) {
    case 'fill':
      return { ...base, value: value ?? '' };
    case 'select':
      return { ...base, value: value ?? '', ...(step.field.select2 && { mode: 'select2' }) };
    case 'check':
      return value === undefined || value === '' ? base : { ...base, value };
    case 'upload':
      return { ...base, photo: 'firstConsented', optional: true };
    case 'click':
    case 'submit':
      return base;
  }
}

/** The map as JSON, ready for `parseFormMap`. */
export function draftToMap(draft: Draft): Record<string, unknown> {
  const success =
    draft.successText.trim() === ''
      ? undefined
      : {
          textContains: draft.successText.trim(),
          ...(draft.referencePattern.trim() !== '' && { referencePattern: draft.referencePattern.trim() }),
        };
  return {
    id: draft.id,
    name: draft.name.trim(),
    version: 1,
    appliesTo: { urlPatterns: [draft.urlPattern.trim()] },
    recordKind: draft.recordKind,
    steps: draft.steps.map(stepOf),
    ...(success !== undefined && { success }),
  };
}

/** `https://portal.go.id/p2k2/laporan/baru?x=1` → `https://portal.go.id/p2k2/laporan/baru*`. */
export function urlPatternOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}*`;
}
