import { describe, expect, it } from 'vitest';
import { BUILT_IN_MAP_JSON, builtInMaps } from '../../extension/maps/index';
import { CORE_MODULES } from '../../shared/curriculum/core-modules';
import { AppError } from '../../shared/errors';
import type { FormMap } from '../../shared/fill/form-map';
import { parseFormMap } from '../../shared/fill/form-map-schema';
import { findFormMaps } from '../../shared/fill/match-url-pattern';
import { renderTemplate } from '../../shared/fill/render-template';
import { MATERI_TEXTS } from '../fixtures/fill/materi-options';
import { sessionReport } from '../fixtures/fill/records';

const PORTAL = 'http://127.0.0.1:41234';

function mapById(id: string): FormMap {
  const map = builtInMaps().find((m) => m.id === id);
  if (map === undefined) throw new Error(`no map ${id}`);
  return map;
}

function table(map: FormMap, name: string): Readonly<Record<string, string>> {
  const found = map.valueTables[name];
  if (found === undefined) throw new Error(`no table ${name}`);
  return found;
}

describe('built-in form maps', () => {
  it('each one validates as a form map, with a unique id', () => {
    const ids = BUILT_IN_MAP_JSON.map((json) => parseFormMap(json).id);
    expect(ids).toEqual(['mock-p2k2-laporan', 'mock-p2k2-kehadiran', 'mock-siks-tambah-kegiatan']);
    expect(builtInMaps().map((m) => m.id)).toEqual(ids);
  });

  it('applies each map to its own mock portal page only', () => {
    const maps = builtInMaps();
    const ids = (path: string): string[] => findFormMaps(maps, `${PORTAL}${path}`).map((m) => m.id);
    expect(ids('/p2k2/laporan/baru')).toEqual(['mock-p2k2-laporan']);
    expect(ids('/p2k2/kehadiran?kelompok=KLP-001&page=2')).toEqual(['mock-p2k2-kehadiran']);
    expect(ids('/wizard/p2k2/tambah')).toEqual(['mock-siks-tambah-kegiatan']);
    expect(ids('/p2k2/laporan')).toEqual([]);
    expect(ids('/wizard/')).toEqual([]);
    expect(findFormMaps(maps, 'https://portal.example.go.id/p2k2/laporan/baru')).toEqual([]);
  });

  it('knows the portal session of every core curriculum session', () => {
    const sesi = table(mapById('mock-p2k2-laporan'), 'sesi');
    const codes = CORE_MODULES.flatMap((m) => m.sessions.map((s) => s.code));
    expect(codes).toHaveLength(14);
    for (const [i, code] of codes.entries()) expect(sesi[code]).toBe(String(i + 1));
  });

  it('maps every core module to an exact Materi option text, modules 1 and 4 to family education', () => {
    const materi = table(mapById('mock-siks-tambah-kegiatan'), 'materi');
    for (const module of CORE_MODULES) expect(MATERI_TEXTS).toContain(materi[module.code]);
    expect(materi['P2K2-M1']).toMatch(/^FASILITASI ADMINISTRATIF, MEDIASI, EDUKASI KELUARGA/);
    expect(materi['P2K2-M4']).toBe(materi['P2K2-M1']);
    expect(materi['P2K2-M3']).toBe('KESEHATAN DAN GIZI.');
  });

  it('works out the distribution period from the meeting month', () => {
    const map = mapById('mock-siks-tambah-kegiatan');
    const periode = map.steps.find((s) => s.field === 'Periode Salur');
    if (periode?.kind !== 'select') throw new Error('no Periode Salur step');
    const render = (actualDate: string): string => {
      const record = sessionReport();
      return renderTemplate(periode.value, { ...record, session: { ...record.session, actualDate } }, map.valueTables);
    };
    expect(render('2026-02-10')).toBe('2026-1');
    expect(render('2026-06-30')).toBe('2026-2');
    expect(render('2026-07-01')).toBe('2026-3');
    expect(render('2025-12-31')).toBe('2025-4');
  });

  it('marks attendance statuses: all four in the classic table, izin nowhere in the wizard', () => {
    expect(table(mapById('mock-p2k2-kehadiran'), 'status')).toEqual({
      hadir: 'Hadir',
      izin: 'Izin',
      sakit: 'Sakit',
      alpa: 'Alpa',
    });
    const wizard = mapById('mock-siks-tambah-kegiatan');
    expect(table(wizard, 'kehadiran')).toEqual({ hadir: 'HADIR', sakit: 'SAKIT', alpa: 'ALFA' });
    // An excused family stops the fill with a message naming the table, never a guess.
    let error: unknown;
    try {
      renderTemplate('{{member.status | table:kehadiran}}', { member: { status: 'izin' } }, wizard.valueTables);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('formMap.invalid');
    expect((error as AppError).details.detail).toContain('value table "kehadiran" has no entry for "izin"');
  });

  it('never submits outside its submit step, and says how the portal confirms', () => {
    for (const map of builtInMaps()) {
      expect(map.steps.filter((s) => s.kind === 'submit')).toHaveLength(1);
      expect(map.success?.textContains).toMatch(/berhasil disimpan/);
      expect(new RegExp(map.success?.referencePattern ?? '').exec('Nomor referensi: LAP-2026-000123')?.[1]).toBe(
        'LAP-2026-000123',
      );
    }
  });
});
