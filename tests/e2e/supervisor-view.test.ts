/**
 * The supervisor's view, end to end. Two facilitators' tablets are simulated in this process
 * (tests/fixtures/bundles/make-supervisor-bundles.ts): Rina (tablet-rina) and Dewi (tablet-dewi),
 * each with a group called "Kelompok Melati", so only ids can keep them apart. A supervisor
 * profile imports both files through the data screen's file input, and the view shows each facilitator with her
 * own figures for this month: meetings held of planned, attendance, quiz before → after, a family
 * absent twice in a row, open cases and complaints. Then Rina sends a newer file (one more
 * meeting): the figures move, nothing is duplicated, and the same file again brings nothing.
 * A facilitator opening the view gets an explanation instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEWI_KEY,
  LAST_MONTH,
  MONTH,
  makeSupervisorFiles,
  RINA_KEY,
  type SupervisorFiles,
} from '../fixtures/bundles/make-supervisor-bundles';
import { dumpDatabase } from '../fixtures/bundles-e2e/page-db';
import { seriousA11yViolations, smallTouchTargets } from './support/axe';
import { type Browser, launch, ROOT } from './support/browser';
import { waitForServiceWorker } from './support/pwa';
import { type Served, servePwa } from './support/serve-pwa';

const SHOTS = join(ROOT, '.tmp');

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page)).toEqual([]);
}

async function setup(page: Page, name: string, role: 'Pendamping PKH' | 'Supervisor (Peksos)'): Promise<void> {
  await page.getByLabel('Nama Anda').fill(name);
  await page.getByLabel('Wilayah tugas (kabupaten/kecamatan)').fill('Kab. Bogor');
  await page.getByLabel(role).check();
  await page.getByRole('button', { name: 'Mulai' }).click();
  await page.getByRole('heading', { name: /^Halo, / }).waitFor();
}

/** Imports a file through the data screen, as a supervisor would; returns the preview's changes. */
async function importFile(page: Page, url: string, file: string): Promise<string> {
  await page.goto(`${url}/#/data`);
  await page.getByRole('heading', { name: 'Data dan cadangan', level: 1 }).waitFor();
  await page.getByTestId('data-import-file').setInputFiles(file);
  await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
  if ((await page.getByTestId('import-nothing').count()) > 0) return 'nothing';
  const changes = (await page.getByTestId('import-changes').textContent()) ?? '';
  await page.getByRole('button', { name: 'Impor sekarang' }).click();
  await expect
    .poll(() => page.getByTestId('import-result').textContent(), { timeout: 30_000 })
    .toMatch(/^Impor selesai/);
  await page.getByRole('button', { name: 'Selesai' }).click();
  return changes;
}

function card(page: Page, key: string) {
  return page.locator(`[data-testid="facilitator-card"][data-key="${key}"]`);
}

async function figure(scope: ReturnType<Page['locator']>, name: string): Promise<string> {
  return ((await scope.locator(`[data-figure="${name}"] dd`).first().textContent()) ?? '').trim();
}

describe("the supervisor's view of facilitators", () => {
  let served: Served;
  let files: SupervisorFiles;
  const browsers: Browser[] = [];
  const work = mkdtempSync(join(tmpdir(), 'lentera-supervisor-'));
  const RINA = RINA_KEY;
  const DEWI = DEWI_KEY;

  beforeAll(async () => {
    files = await makeSupervisorFiles(work);
    served = await servePwa();
  });
  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await served?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('explains itself to a facilitator', async () => {
    const browser = await launch();
    browsers.push(browser);
    const page = await browser.context.newPage();
    await page.goto(served.url);
    await waitForServiceWorker(page);
    await setup(page, 'Rina Pendamping', 'Pendamping PKH');
    await page.goto(`${served.url}/#/supervisor`);
    expect(await page.getByTestId('not-supervisor').textContent()).toContain('Layar ini untuk supervisor');
    expect(await page.getByTestId('facilitator-card').count()).toBe(0);
  });

  it('shows each facilitator from their bundle with their own figures, and a newer bundle updates them', async () => {
    const browser = await launch();
    browsers.push(browser);
    const page = await browser.context.newPage();
    await page.goto(served.url);
    await waitForServiceWorker(page);
    await setup(page, 'Sri Supervisor', 'Supervisor (Peksos)');

    await page.goto(`${served.url}/#/supervisor`);
    await page.getByText('Belum ada data pendamping di perangkat ini.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Impor berkas pendamping' }).click();
    await page.waitForURL(/#\/data$/);

    expect(await importFile(page, served.url, files.rina)).toContain('Pertemuan3 baru');
    expect(await importFile(page, served.url, files.dewi)).toContain('Pertemuan1 baru');

    await page.goto(`${served.url}/#/supervisor`);
    await expect.poll(() => page.getByTestId('facilitator-card').count()).toBe(2);
    const rina = card(page, RINA);
    const dewi = card(page, DEWI);
    expect(await rina.getByRole('heading', { level: 3 }).textContent()).toBe('Rina Pendamping');
    expect(await figure(rina, 'meetings')).toBe('1 dari 2');
    expect(await figure(rina, 'attendance')).toBe('75%');
    expect(await figure(rina, 'quiz')).toBe('25% → 75% (+50 poin)');
    expect(await figure(rina, 'absent')).toBe('1 keluarga');
    expect(await figure(rina, 'cases')).toBe('1');
    expect(await figure(rina, 'complaints')).toBe('1');
    expect(await dewi.getByRole('heading', { level: 3 }).textContent()).toBe('Dewi Lestari');
    expect(await figure(dewi, 'meetings')).toBe('1 dari 1');
    expect(await figure(dewi, 'attendance')).toBe('100%');
    expect(await figure(dewi, 'quiz')).toBe('—');
    expect(await figure(dewi, 'absent')).toBe('0 keluarga');
    expect(await figure(dewi, 'cases')).toBe('0');
    expect(await figure(dewi, 'complaints')).toBe('0');
    // The charts name both, and the same numbers are in tables for screen readers.
    const held = page.getByTestId('held-chart');
    expect(await held.locator('table tbody tr').count()).toBe(2);
    expect(await held.locator(`[data-key="${RINA}"] .sv-bar-value`).textContent()).toBe('1 dari 2');
    const rates = page.getByTestId('rate-chart');
    expect(await rates.locator('table tbody tr th').allTextContents()).toEqual([
      'Kelompok Melati (Dewi Lestari)',
      'Kelompok Melati (Rina Pendamping)',
    ]);
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'supervisor-overview.png'), fullPage: true });

    // Rina's groups: the family absent twice, six months of meetings.
    await rina.getByRole('link', { name: 'Rina Pendamping' }).click();
    await page.getByRole('heading', { name: 'Rina Pendamping', level: 1 }).waitFor();
    expect(await page.getByTestId('group-card').count()).toBe(1);
    expect(await page.getByTestId('absent-list').textContent()).toBe('Dian Sari: 2 pertemuan berturut-turut');
    const trend = page.getByTestId('trend-table');
    expect(await trend.locator('thead th').count()).toBe(7);
    expect(await trend.locator(`td[data-month="${LAST_MONTH}"]`).first().textContent()).toBe('1/1 · 75%');
    expect(await trend.locator(`td[data-month="${MONTH}"]`).first().textContent()).toBe('1/2 · 75%');
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'supervisor-facilitator.png'), fullPage: true });
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await page.screenshot({ path: join(SHOTS, 'supervisor-trend.png') });

    // Last month, from the month picker: Rina's one meeting then.
    await page.getByTestId('month-previous').click();
    await expect.poll(() => figure(page.getByTestId('facilitator-figures'), 'meetings')).toBe('1 dari 1');

    // A newer file from Rina: one more meeting. Figures move; nothing doubles.
    const before = await dumpDatabase(page);
    const changes = await importFile(page, served.url, files.rinaNewer);
    expect(changes).toContain('Pertemuan1 baru');
    expect(changes).toContain('Kehadiran4 baru');
    expect(changes).not.toContain('Kelompok');
    const after = await dumpDatabase(page);
    expect(after.sessions).toHaveLength(before.sessions.length + 1);
    expect(after.groups).toHaveLength(2);
    expect(after.members).toHaveLength(6);
    expect(after.attendance).toHaveLength(before.attendance.length + 4);

    await page.goto(`${served.url}/#/supervisor`);
    await expect.poll(() => figure(card(page, RINA), 'meetings')).toBe('2 dari 3');
    expect(await page.getByTestId('facilitator-card').count()).toBe(2);
    expect(await figure(card(page, RINA), 'attendance')).toBe('75%');
    expect(await figure(card(page, DEWI), 'meetings')).toBe('1 dari 1');
    await card(page, RINA).getByRole('link', { name: 'Rina Pendamping' }).click();
    await expect
      .poll(() => page.getByTestId('absent-list').textContent())
      .toBe('Dian Sari: 3 pertemuan berturut-turut');
    expect(await page.getByTestId('group-card').count()).toBe(1);

    // The same file again: nothing new.
    expect(await importFile(page, served.url, files.rinaNewer)).toBe('nothing');

    // A phone: the view still reads, one column.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${served.url}/#/supervisor`);
    await expect.poll(() => page.getByTestId('facilitator-card').count()).toBe(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'supervisor-phone.png'), fullPage: true });
    await page.goto(`${served.url}/#/supervisor/${encodeURIComponent(RINA)}`);
    await page.getByTestId('trend-table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(SHOTS, 'supervisor-phone-detail.png'), fullPage: true });
  });
});
