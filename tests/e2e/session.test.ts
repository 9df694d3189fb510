/**
 * A facilitator's whole session in real Chromium on a portrait tablet: plan the suggested first
 * session for the demo group, find it on the calendar, start it, work through every step with the
 * guide (reloading and closing the tab midway), finish, and read the summary. Then the same screens
 * on a landscape tablet and a phone, which must never scroll sideways.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousA11yViolations, smallTouchTargets } from './support/axe';
import { type Browser, launch } from './support/browser';
import { completeSetup, waitForServiceWorker } from './support/pwa';
import { type Served, servePwa } from './support/serve-pwa';

const SHOTS = '/work/main/.tmp';
const STEPS = [
  'Pembukaan dan perkenalan',
  'Harapan untuk anak',
  'Apa yang dibutuhkan anak',
  'Hangat dan tegas',
  'Mengelola marah',
  'Refleksi dan pesan kunci',
  'Penutup',
];

/** All rows of one object store, read straight from IndexedDB as the app stored them. */
function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('lentera');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

interface StoredSession {
  id: string;
  curriculumCode: string;
  status: string;
  plannedDate: string;
  actualDate: string | null;
  startedAt: string | null;
  endedAt: string | null;
  notes: string;
  place: string;
  deletedAt: string | null;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page)).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: innerWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
}

async function stepHeading(page: Page): Promise<string> {
  return (await page.getByTestId('step-card').getByRole('heading', { level: 2 }).textContent()) ?? '';
}

describe('running a P2K2 session', () => {
  let served: Served;
  let browser: Browser;
  let sessionId = '';

  beforeAll(async () => {
    served = await servePwa();
    browser = await launch({ viewport: { width: 800, height: 1280 } });
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('plans the suggested session, runs every step through a reload, and finishes with a full checklist', async () => {
    let page = await browser.context.newPage();
    await page.goto(served.url);
    await waitForServiceWorker(page);
    await completeSetup(page, { demo: true });
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });

    // Plan: the demo group is the only group, and it has had nothing yet, so session 1 is suggested.
    await page.getByRole('link', { name: 'Jadwal' }).click();
    await page.getByRole('heading', { name: 'Jadwal sesi', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Rencanakan sesi' }).click();
    await page.getByRole('heading', { name: 'Rencanakan sesi', level: 1 }).waitFor();
    await expect
      .poll(() => page.getByTestId('suggestion').textContent())
      .toContain('1. Menjadi Orangtua yang Lebih Baik');
    expect(await page.getByLabel('Kelompok').locator('option:checked').textContent()).toBe('Kelompok Contoh Melati');
    expect(await page.getByLabel('Materi sesi').inputValue()).toBe('P2K2-01');
    expect(await page.getByLabel('Tanggal').inputValue()).toBe(today);
    expect(await page.getByLabel('Tempat').inputValue()).toBe('Rumah Ibu Ketua, RT 02/RW 05');
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS}/session-plan.png`, fullPage: true });

    // A bad time is refused with a message and nothing is written.
    await page.getByLabel('Jam mulai').fill('');
    await page.getByRole('button', { name: 'Simpan jadwal' }).click();
    await page.getByText('Isi jam dengan format JJ:MM, misalnya 09:00.').waitFor();
    expect(await readStore(page, 'sessions')).toEqual([]);
    await page.getByLabel('Jam mulai').fill('09:30');
    await page.getByRole('button', { name: 'Simpan jadwal' }).click();

    // Month view: the new session is on today's card list.
    const panel = page.getByTestId('day-panel');
    await panel.getByRole('link', { name: /1\. Menjadi Orangtua yang Lebih Baik/ }).waitFor();
    expect(await panel.textContent()).toContain('Kelompok Contoh Melati');
    expect(await panel.textContent()).toContain('Direncanakan');
    const dayButton = page.getByRole('button', { name: /: 1 sesi$/ });
    expect(await dayButton.getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS}/session-month.png`, fullPage: true });
    const [planned] = await readStore<StoredSession>(page, 'sessions');
    expect(planned).toMatchObject({ curriculumCode: 'P2K2-01', status: 'planned', plannedDate: today });
    sessionId = planned?.id ?? '';

    // Home offers to start today's session in one tap.
    await page.getByRole('link', { name: 'Beranda' }).click();
    await page.getByRole('button', { name: 'Mulai 1. Menjadi Orangtua yang Lebih Baik' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/session-home-today.png`, fullPage: true });

    // Planning the same material for the same day again is refused.
    await page.goto(`${served.url}/#/plan/new`);
    await page.getByRole('heading', { name: 'Rencanakan sesi', level: 1 }).waitFor();
    await page.getByLabel('Materi sesi').selectOption('P2K2-01');
    await page.getByRole('button', { name: 'Simpan jadwal' }).click();
    await page.getByText('Kelompok ini sudah punya sesi dengan materi yang sama pada tanggal itu.').waitFor();
    expect(await readStore(page, 'sessions')).toHaveLength(1);

    // Open it from the calendar and start it.
    await page.goto(`${served.url}/#/plan`);
    await page
      .getByTestId('day-panel')
      .getByRole('link', { name: /1\. Menjadi Orangtua/ })
      .click();
    await page.getByRole('button', { name: 'Mulai sesi' }).click();
    await expect.poll(() => stepHeading(page)).toBe(STEPS[0]);
    expect(await page.getByText('Langkah 1 dari 7').count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Tujuan sesi' }).count()).toBe(1);
    expect(page.url()).toContain(`#/sessions/${sessionId}/guide`);
    await page.getByRole('button', { name: 'Pesan kunci' }).click();
    await page.getByText('Orang tua adalah guru pertama dan terpenting bagi anak.').waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS}/session-guide.png`, fullPage: true });
    const started = (await readStore<StoredSession>(page, 'sessions'))[0];
    expect(started).toMatchObject({ status: 'running', actualDate: today });
    expect(started?.startedAt).not.toBeNull();

    // Three steps, then a reload: the guide comes back on step 4.
    for (const title of STEPS.slice(1, 4)) {
      await page.getByRole('button', { name: 'Selesai, langkah berikutnya' }).click();
      await expect.poll(() => stepHeading(page)).toBe(title);
    }
    await page.reload();
    await expect.poll(() => stepHeading(page)).toBe(STEPS[3]);
    expect(await page.getByText('Langkah 4 dari 7').count()).toBe(1);

    // Close the tab and come back through home: "continue" lands on the same step.
    await page.close();
    page = await browser.context.newPage();
    await page.goto(served.url);
    await page.getByTestId('running-sessions').waitFor();
    await page.screenshot({ path: `${SHOTS}/session-home-running.png`, fullPage: true });
    await page.getByRole('link', { name: 'Lanjutkan sesi' }).click();
    await expect.poll(() => stepHeading(page)).toBe(STEPS[3]);

    // The list view ticks and unticks any step; untick and re-tick step 2 from there.
    await page.getByRole('button', { name: 'Semua langkah' }).click();
    const second = page.getByRole('checkbox', { name: `2. ${STEPS[1]}` });
    expect(await second.isChecked()).toBe(true);
    await second.uncheck();
    await expect
      .poll(() => readStore<{ stepId: string; done: boolean }>(page, 'checklist'))
      .toContainEqual(expect.objectContaining({ stepId: 'P2K2-01-s2', done: false }));
    await second.check();
    await expect
      .poll(async () => (await readStore<{ done: boolean }>(page, 'checklist')).filter((r) => r.done))
      .toHaveLength(3);
    await page.getByRole('button', { name: 'Langkah ini' }).click();

    for (const title of STEPS.slice(4)) {
      await page.getByRole('button', { name: 'Selesai, langkah berikutnya' }).click();
      await expect.poll(() => stepHeading(page)).toBe(title);
    }
    await page.getByRole('button', { name: 'Selesai, langkah terakhir' }).click();
    await page.getByText('Semua langkah sudah selesai.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Ke ringkasan' }).click();

    // Finish: the confirmation names what is missing (nobody marked, no quiz), not the steps.
    await page.getByRole('button', { name: 'Selesaikan sesi' }).click();
    const missing = (await page.getByTestId('finish-missing').textContent()) ?? '';
    expect(missing).toContain('20 keluarga belum dicatat kehadirannya');
    expect(missing).toContain('Kuis sesudah sesi belum diisi');
    expect(missing).not.toContain('langkah belum dicentang');
    await page.getByRole('button', { name: 'Ya, selesaikan' }).click();
    await page.getByRole('button', { name: 'Buka kembali untuk koreksi' }).waitFor();
    expect(await page.getByTestId('summary-steps').textContent()).toBe('7 dari 7 langkah (100%)');
    expect(await page.getByTestId('understanding').textContent()).toBe('Tidak Dapat Dinilai');
    expect(await page.getByTestId('summary-photos').textContent()).toBe('0 foto');

    // Notes save as they are typed; leaving the field writes them at once.
    await page.getByLabel('Catatan sesi').fill('Peserta aktif; dua ibu bercerita tentang anaknya.');
    await page.getByRole('heading', { name: 'Foto' }).click();
    await expect.poll(() => page.getByTestId('notes-state').textContent()).toBe('Catatan tersimpan');
    await expectAccessible(page);
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/session-summary.png`, fullPage: true });

    const [done] = await readStore<StoredSession>(page, 'sessions');
    expect(done).toMatchObject({ status: 'done', notes: 'Peserta aktif; dua ibu bercerita tentang anaknya.' });
    expect(done?.endedAt).not.toBeNull();
    const ticks = await readStore<{ sessionId: string; stepId: string; done: boolean }>(page, 'checklist');
    expect(
      ticks
        .filter((row) => row.done && row.sessionId === sessionId)
        .map((row) => row.stepId)
        .sort(),
    ).toEqual(STEPS.map((_, i) => `P2K2-01-s${i + 1}`));

    // After a reload the notes and the done state are still there.
    await page.reload();
    expect(await page.getByLabel('Catatan sesi').inputValue()).toBe(
      'Peserta aktif; dua ibu bercerita tentang anaknya.',
    );
    await page.close();
  });

  it('fits a landscape tablet and a phone without sideways scrolling', async () => {
    expect(sessionId).not.toBe('');
    const page = await browser.context.newPage();
    const screens = [
      ['home', '/#/'],
      ['month', '/#/plan'],
      ['plan', '/#/plan/new'],
      ['guide', `/#/sessions/${sessionId}/guide`],
      ['summary', `/#/sessions/${sessionId}/summary`],
    ] as const;
    for (const [label, size] of [
      ['landscape', { width: 1280, height: 800 }],
      ['phone', { width: 360, height: 740 }],
    ] as const) {
      await page.setViewportSize(size);
      for (const [name, path] of screens) {
        await page.goto(`${served.url}${path}`);
        await page.locator('h1').first().waitFor();
        await page.waitForFunction(() => document.querySelector('.loading') === null);
        await page.screenshot({ path: `${SHOTS}/session-${label}-${name}.png`, fullPage: true });
        await expectNoSidewaysScroll(page);
      }
    }
    // On the phone the month is an agenda list that shows the session.
    await page.goto(`${served.url}/#/plan`);
    await page
      .getByTestId('month-agenda')
      .getByRole('link', { name: /1\. Menjadi Orangtua/ })
      .waitFor();
    await expectAccessible(page);
    await page.close();
  });
});
