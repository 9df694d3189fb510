/**
 * Every locator of every built-in map against the saved page it targets
 * (tests/fixtures/portal-pages/, made by save-pages.mjs): the built extension's real collector
 * describes the saved page in Chromium, and each strategy of each step — not just the first —
 * must find exactly the field it is meant for; each `waitFor` must be absent before its page
 * change and present after; and the planner must plan the whole page. When the portal changes,
 * re-saving the pages makes this test name the steps that broke.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInMaps } from '../../extension/maps/index';
import type { CollectedField } from '../../shared/fill/collected-field';
import type { PlanResume } from '../../shared/fill/fill-plan';
import type { FillMember } from '../../shared/fill/fill-record';
import { type FillRecord, templateScope } from '../../shared/fill/fill-record';
import type { FormMap, Step } from '../../shared/fill/form-map';
import { planFill } from '../../shared/fill/plan-fill';
import { renderTemplate } from '../../shared/fill/render-template';
import { groupRows, labelRank, locate, locateRow } from '../../shared/fill/resolve-locator';
import { selectorsOf } from '../../shared/fill/selectors-of';
import { type Browser, launch, ROOT } from './support/browser';
import { grantOrigin } from './support/extension';
import { extensionPage, melatiAttendance, melatiReport, tabIdOf } from './support/fill-run';

const PAGES = join(ROOT, 'tests/fixtures/portal-pages');

/** What a step must find: the element's tag and its id, name or own text. */
type Want = { tag: string; id?: string; name?: string; text?: string };

interface PageCase {
  readonly file: string;
  readonly mapId: string;
  /** The map steps this page serves, [from, to). */
  readonly from: number;
  readonly to: number;
  readonly resume: PlanResume | null;
  readonly kind: 'report' | 'table';
  readonly want: Readonly<Record<string, Want>>;
  /** `waitFor` steps (by field) that this page must satisfy, and those it must not yet. */
  readonly waitsMet?: readonly string[];
  readonly waitsNotYet?: readonly string[];
  /** Whether the table's next-page control is there. */
  readonly hasNext?: boolean;
}

const select = (id: string, name = id): Want => ({ tag: 'select', id, name });
const input = (id: string, name = id): Want => ({ tag: 'input', id, name });
const PROSES: Want = { tag: 'button', text: 'Proses' };

const CASES: readonly PageCase[] = [
  {
    file: 'mock-p2k2-laporan',
    mapId: 'mock-p2k2-laporan',
    from: 0,
    to: 14,
    resume: null,
    kind: 'report',
    want: {
      Kelompok: select('kelompok_id'),
      'Modul/Sesi': select('sesi_id'),
      Provinsi: select('provinsi', 'provinsi_id'),
      'Kabupaten/Kota': select('kabupaten', 'kabupaten_id'),
      Kecamatan: select('kecamatan', 'kecamatan_id'),
      'Desa/Kelurahan': select('desa', 'desa_id'),
      'Tanggal Pertemuan': input('tanggal_pertemuan'),
      'Jam Mulai': input('jam_mulai'),
      'Jam Selesai': input('jam_selesai'),
      Tempat: input('tempat'),
      'Jumlah Hadir': input('jumlah_hadir'),
      Ringkasan: { tag: 'textarea', id: 'ringkasan', name: 'ringkasan' },
      'Foto Kegiatan': input('foto_kegiatan'),
      Simpan: { tag: 'button', text: 'Simpan' },
    },
  },
  {
    file: 'mock-p2k2-kehadiran',
    mapId: 'mock-p2k2-kehadiran',
    from: 0,
    to: 2,
    resume: null,
    kind: 'table',
    want: { 'Simpan Halaman Ini': { tag: 'button', id: 'btn-simpan-kehadiran', text: 'Simpan Halaman Ini' } },
    hasNext: true,
  },
  {
    file: 'mock-p2k2-kehadiran-page3',
    mapId: 'mock-p2k2-kehadiran',
    from: 0,
    to: 2,
    resume: { stepIndex: 0, doneMemberIds: [], page: 3 },
    kind: 'table',
    want: { 'Simpan Halaman Ini': { tag: 'button', id: 'btn-simpan-kehadiran', text: 'Simpan Halaman Ini' } },
    hasNext: false,
  },
  {
    file: 'mock-siks-tambah-kegiatan-step1',
    mapId: 'mock-siks-tambah-kegiatan',
    from: 1,
    to: 10,
    resume: { stepIndex: 1, doneMemberIds: [], page: 1 },
    kind: 'report',
    want: {
      'Nama Kegiatan': input('namaKegiatan'),
      Materi: { tag: 'select', name: 'materiId' },
      'Periode Salur': select('periodeSalur'),
      Tanggal: input('tanggal'),
      'Jam Mulai': input('jamMulai'),
      'Jam Selesai': input('jamSelesai'),
      Lokasi: { tag: 'input', name: 'lokasi' },
      'Proses (langkah 1)': PROSES,
    },
    waitsMet: ['Langkah 1 Informasi Kegiatan'],
    waitsNotYet: ['Langkah 2 Pemateri', 'Langkah 3 Peserta', 'Langkah 4 Dokumen'],
  },
  {
    file: 'mock-siks-tambah-kegiatan-step2',
    mapId: 'mock-siks-tambah-kegiatan',
    from: 10,
    to: 15,
    resume: { stepIndex: 10, doneMemberIds: [], page: 1 },
    kind: 'report',
    want: {
      'Nama Pemateri 1': input('namaPemateri1'),
      'Instansi Pemateri 1': input('instansiPemateri1'),
      'Uraian Kegiatan': { tag: 'textarea', id: 'uraianKegiatan', name: 'uraianKegiatan' },
      'Proses (langkah 2)': PROSES,
    },
    waitsMet: ['Langkah 2 Pemateri'],
    waitsNotYet: ['Langkah 1 Informasi Kegiatan', 'Langkah 3 Peserta'],
  },
  {
    file: 'mock-siks-tambah-kegiatan-step3',
    mapId: 'mock-siks-tambah-kegiatan',
    from: 15,
    to: 20,
    resume: { stepIndex: 15, doneMemberIds: [], page: 1 },
    kind: 'report',
    want: { Kelompok: select('kelompokId'), 'Proses (langkah 3)': PROSES },
    waitsMet: ['Langkah 3 Peserta', 'Daftar peserta'],
    waitsNotYet: ['Langkah 2 Pemateri', 'Langkah 4 Dokumen'],
  },
  {
    file: 'mock-siks-tambah-kegiatan-step4',
    mapId: 'mock-siks-tambah-kegiatan',
    from: 20,
    to: 23,
    resume: { stepIndex: 20, doneMemberIds: [], page: 1 },
    kind: 'report',
    want: {
      'Foto Kegiatan': input('fotoKegiatan'),
      'Dokumen Pendukung': input('dokumenPendukung'),
      'Proses (kirim)': PROSES,
    },
    waitsMet: ['Langkah 4 Dokumen'],
    waitsNotYet: ['Langkah 3 Peserta'],
  },
];

let server: Server;
let base = '';
let browser: Browser;
let panel: Page;
let page: Page;

function mapById(id: string): FormMap {
  const map = builtInMaps().find((m) => m.id === id);
  if (map === undefined) throw new Error(`no map ${id}`);
  return map;
}

/** The families the page's table shows (NIK and name columns), as record members. */
function familiesOnPage(fields: readonly CollectedField[]): FillMember[] {
  const rows = [...groupRows(fields).values()].map((r) => r[0]?.row).filter((r) => r != null);
  const nik = (r: { headers: readonly string[] }) => r.headers.indexOf('NIK');
  const name = (r: { headers: readonly string[] }) => r.headers.findIndex((h) => h === 'Nama' || h === 'Nama Pengurus');
  return rows.map((r, i) => ({
    id: `member-${i + 1}`,
    nik: r.cells[nik(r)] ?? '',
    name: r.cells[name(r)] ?? '',
    pkhId: '',
    status: 'hadir',
    note: '',
  }));
}

function matches(field: CollectedField, want: Want): boolean {
  return (
    field.tag === want.tag &&
    (want.id === undefined || field.id === want.id) &&
    (want.name === undefined || field.name === want.name) &&
    (want.text === undefined || field.text === want.text)
  );
}

async function collect(file: string, map: FormMap): Promise<CollectedField[]> {
  await page.goto(`${base}/${file}.html`);
  const tabId = await tabIdOf(panel, `${base}/${file}.html`);
  const reply = await panel.evaluate(
    async ([id, selectors]) => chrome.tabs.sendMessage(id, { type: 'fill.collect', payload: { selectors } }),
    [tabId, selectorsOf(map)] as const,
  );
  expect(reply).toMatchObject({ ok: true, value: { invalidSelectors: [] } });
  return (reply as { value: { fields: CollectedField[] } }).value.fields;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const name = (req.url ?? '').replace(/^\//, '');
    if (!/^[\w-]+\.html$/.test(name)) {
      res.writeHead(404).end();
      return;
    }
    try {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(readFileSync(join(PAGES, name)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launch({ extension: true });
  await grantOrigin(browser.context, base);
  panel = await extensionPage(browser.context);
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe.each(CASES)('map $mapId on $file', (pageCase) => {
  it('finds exactly the intended field with every strategy of every step', async () => {
    const map = mapById(pageCase.mapId);
    const fields = await collect(pageCase.file, map);
    const members = familiesOnPage(fields);
    const record: FillRecord = pageCase.kind === 'table' ? melatiAttendance(members) : melatiReport(members);
    const render = (text: string, where: string): string =>
      renderTemplate(text, templateScope(record), map.valueTables, where);
    const steps = map.steps.slice(pageCase.from, pageCase.to);
    const seen: string[] = [];

    steps.forEach((step: Step, offset) => {
      const index = pageCase.from + offset;
      if (step.kind === 'waitFor') return;
      if (step.kind === 'forEachRow') {
        expect(members.length).toBeGreaterThan(0);
        const rows = groupRows(fields);
        for (const member of members) {
          const scope = templateScope(record, member);
          const rowRender = (text: string, where: string): string =>
            renderTemplate(text, scope, map.valueTables, where);
          step.row.forEach((strategy, s) => {
            const row = locateRow([strategy], rows, rowRender, `steps[${index}].row`);
            expect(row?.fields[0]?.row?.cells, `row strategy ${s} for ${member.nik}`).toContain(member.nik);
            for (const inner of step.steps) {
              if (!('target' in inner)) continue;
              const wanted = 'value' in inner && inner.value !== undefined ? rowRender(inner.value, 'value') : null;
              const accept = (f: CollectedField): boolean =>
                inner.kind !== 'check' || wanted === null || f.value === wanted || labelRank(f, wanted) !== null;
              inner.target.forEach((t, k) => {
                const found = locate([t], row?.fields ?? [], rowRender, `steps[${index}].steps`, accept);
                expect(found, `${inner.field} strategy ${k} for ${member.nik}`).not.toBeNull();
                expect(found?.field.name).toContain(member.nik);
              });
            }
          });
        }
        if (step.pagination !== undefined) {
          step.pagination.next.forEach((strategy, k) => {
            const next = locate([strategy], fields, render, 'next', (f) => !f.disabled);
            expect(next !== null, `next-page strategy ${k}`).toBe(pageCase.hasNext);
            if (next !== null) expect(next.field).toMatchObject({ tag: 'a', text: 'Berikutnya »' });
          });
        }
        seen.push(step.field);
        return;
      }
      const want = pageCase.want[step.field];
      expect(want, `an expectation for "${step.field}"`).toBeDefined();
      if (want === undefined) return;
      step.target.forEach((strategy, k) => {
        const found = locate([strategy], fields, render, `steps[${index}].target`, () => true);
        expect(found, `"${step.field}" strategy ${k} ${JSON.stringify(strategy)}`).not.toBeNull();
        if (found !== null)
          expect(matches(found.field, want), `"${step.field}" strategy ${k} found ${found.field.css}`).toBe(true);
      });
      seen.push(step.field);
    });
    expect(seen.filter((f) => f in pageCase.want).sort()).toEqual(Object.keys(pageCase.want).sort());
  });

  it('waits for what only this page shows, and plans the whole page', async () => {
    const map = mapById(pageCase.mapId);
    const fields = await collect(pageCase.file, map);
    const count = (selector: string) => page.locator(selector).count();
    for (const step of map.steps) {
      if (step.kind !== 'waitFor' || step.selector === undefined) continue;
      if (pageCase.waitsMet?.includes(step.field)) expect(await count(step.selector), step.field).toBeGreaterThan(0);
      if (pageCase.waitsNotYet?.includes(step.field)) expect(await count(step.selector), step.field).toBe(0);
    }
    const members = familiesOnPage(fields);
    const record: FillRecord = pageCase.kind === 'table' ? melatiAttendance(members) : melatiReport(members);
    // The page already shows what its inner waits wait for: plan on through them.
    const planned = new Set<number>();
    let resume = pageCase.resume;
    do {
      const plan = planFill(map, record, fields, { submit: true, ...(resume !== null && { resume }) });
      expect(plan.warnings).toEqual([]);
      for (const action of plan.actions) planned.add(action.stepIndex);
      resume = plan.continuation !== null && plan.continuation.stepIndex < pageCase.to ? plan.continuation : null;
    } while (resume !== null);
    for (let i = pageCase.from; i < pageCase.to; i++) {
      const step = map.steps[i];
      if (step?.kind === 'waitFor' && i === pageCase.from) continue;
      expect(planned.has(i), `step ${i + 1} ${step?.field} planned`).toBe(true);
    }
  });
});
