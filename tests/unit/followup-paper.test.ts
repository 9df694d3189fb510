import { describe, expect, it } from 'vitest';
import { absentByStatus, loadSessionRecords, sheetRows, stepLines } from '../../pwa/src/data/followup';
import { putRows } from '../../shared/db/write';
import type { ChecklistTick, Photo } from '../../shared/model/types';
import { rowMeta, TEST_INSTANT } from './factories';
import { ani, attendance, budi, citra, cu, indah, members, p4, s1, seededContext } from './followup-fixture';

const names = (rows: readonly { member: { name: string } }[]) => rows.map((row) => row.member.name);

describe('sheetRows', () => {
  it('lists the expected families by name with what was recorded', () => {
    const rows = sheetRows(s1, members, attendance);
    // Nia visited from group 2 and was marked; Indah is inactive and unmarked; Xena is deleted.
    expect(rows.map((row) => [row.member.name, row.status, row.note])).toEqual([
      ['Ani', 'hadir', ''],
      ['Budi', 'hadir', ''],
      ['Citra', 'alpa', 'ke pasar'],
      ['Nia', 'hadir', ''],
    ]);
  });

  it('lists the active families of the group, unmarked, for a planned meeting', () => {
    expect(sheetRows(p4, members, attendance).map((row) => [row.member.name, row.status])).toEqual([
      ['Ani', null],
      ['Budi', null],
      ['Citra', null],
    ]);
  });

  it('lists only the invited families for a catch-up', () => {
    expect(names(sheetRows(cu, members, attendance))).toEqual(['Citra']);
  });
});

describe('absentByStatus', () => {
  it('groups the families who did not come by reason, unmarked ones apart', () => {
    const absent = absentByStatus([
      { member: ani, status: 'izin', note: '' },
      { member: budi, status: 'hadir', note: '' },
      { member: citra, status: null, note: '' },
      { member: indah, status: 'izin', note: '' },
    ]);
    expect(absent.izin.map((m) => m.name)).toEqual(['Ani', 'Indah']);
    expect(absent.unmarked.map((m) => m.name)).toEqual(['Citra']);
    expect(absent.sakit).toEqual([]);
    expect(absent.alpa).toEqual([]);
  });
});

describe('stepLines', () => {
  it('pairs every curriculum step with its tick, minutes and done flag', () => {
    const steps = [1, 2, 3].map((n) => ({
      id: `st${n}`,
      title: { id: `Langkah ${n}`, en: `Step ${n}` },
      minutes: 10 * n,
      instruction: { id: '', en: '' },
    }));
    const tick = (stepId: string, done: boolean, minutesSpent: number | null, deletedAt: string | null = null) =>
      ({ ...rowMeta({ deletedAt }), sessionId: 's1', stepId, done, doneAt: null, minutesSpent }) as ChecklistTick;
    const lines = stepLines(steps, [tick('st1', true, 12), tick('st2', false, 5), tick('st3', true, 30, TEST_INSTANT)]);
    expect(lines.map((l) => [l.step.id, l.done, l.minutes])).toEqual([
      ['st1', true, 12],
      ['st2', false, 5],
      ['st3', false, null],
    ]);
  });
});

describe('loadSessionRecords', () => {
  it('gathers a session’s rows, visitors included, and only the consented live photos', async () => {
    const ctx = await seededContext();
    const photo = (id: string, consent: boolean, takenAt: string, deletedAt: string | null = null): Photo => ({
      id,
      ...rowMeta({ deletedAt }),
      sessionId: 's1',
      blob: new Blob(['jpeg'], { type: 'image/jpeg' }),
      mimeType: 'image/jpeg',
      width: 600,
      height: 450,
      caption: `Foto ${id}`,
      takenAt,
      consent,
    });
    await putRows(ctx, 'photos', [
      photo('p2', true, '2026-01-10T03:00:00.000Z'),
      photo('p1', true, '2026-01-10T02:00:00.000Z'),
      photo('p3', false, '2026-01-10T02:30:00.000Z'),
      photo('p4', true, '2026-01-10T02:45:00.000Z', TEST_INSTANT),
    ]);
    await putRows(ctx, 'checklist', [
      { ...rowMeta(), sessionId: 's1', stepId: 'P2K2-01-s1', done: true, doneAt: TEST_INSTANT, minutesSpent: 11 },
    ]);
    const records = await loadSessionRecords(ctx.db, 's1');
    expect(records?.group?.name).toBe('Kelompok Melati');
    expect(names(records?.rows ?? [])).toEqual(['Ani', 'Budi', 'Citra', 'Nia']);
    expect(records?.summary).toMatchObject({ counts: { hadir: 3, alpa: 1 }, expected: 4 });
    expect(records?.photos.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(records?.ticks.map((tick) => tick.minutesSpent)).toEqual([11]);
  });

  it('returns null for a deleted or missing session', async () => {
    const ctx = await seededContext();
    expect(await loadSessionRecords(ctx.db, 'sx')).toBeNull();
    expect(await loadSessionRecords(ctx.db, 'none')).toBeNull();
  });
});
