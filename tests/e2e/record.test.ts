/**
 * The recording tabs of a running session, in real Chromium at tablet size (800×1280): attendance
 * for a group of 25 families, the pre/post quiz in both recording modes, and photos shrunk on the
 * device. Every step checks what the facilitator sees and what IndexedDB holds, also after a reload.
 *
 * Setup: the demo group (20 families) plus 5 families and one running session of P2K2-01 written
 * straight into IndexedDB, as the plan and roster screens would store them.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousA11yViolations, smallTouchTargets } from './support/axe';
import { type Browser, launch, ROOT } from './support/browser';
import { completeSetup, waitForServiceWorker } from './support/pwa';
import { type Served, servePwa } from './support/serve-pwa';

const PHOTOS = join(ROOT, 'tests/fixtures/photos');
const SHOTS = join(ROOT, '.tmp');
const EXTRA = ['Fitri Handayani', 'Gina Septiani', 'Hana Pertiwi', 'Ida Farida', 'Jujun Juariah'];

/** Adds 5 families to the demo group and a running session; returns the session id. */
async function seed(page: Page): Promise<string> {
  return page.evaluate(async (extra) => {
    const open = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('lentera');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const db = await open();
    const done = (tx: IDBTransaction) =>
      new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    const groups = await new Promise<{ id: string; demo: boolean }[]>((resolve) => {
      const request = db.transaction('groups').objectStore('groups').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    const group = groups.find((g) => g.demo);
    if (group === undefined) throw new Error('no demo group');
    const now = new Date().toISOString();
    const meta = () => ({ id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: null, deviceId: 'e2e' });
    const tx = db.transaction(['members', 'sessions'], 'readwrite');
    extra.forEach((name, i) => {
      tx.objectStore('members').put({
        ...meta(),
        groupId: group.id,
        nik: `32010155069${i}100${i}`,
        kkNumber: `320101000000100${i}`,
        pkhId: `E2E-${i}`,
        name,
        address: 'RT 01/RW 05',
        phone: '',
        components: {
          pregnant: false,
          toddlers: 1,
          school: { sd: 0, smp: 0, sma: 0 },
          elderly: 0,
          severeDisability: 0,
        },
        active: true,
      });
    });
    const session = {
      ...meta(),
      groupId: group.id,
      curriculumCode: 'P2K2-01',
      plannedDate: now.slice(0, 10),
      plannedTime: '09:00',
      place: 'Balai Desa Pakansari',
      status: 'running',
      actualDate: now.slice(0, 10),
      startedAt: now,
      endedAt: null,
      notes: '',
      catchUpFor: [],
    };
    tx.objectStore('sessions').put(session);
    await done(tx);
    db.close();
    return session.id;
  }, EXTRA);
}

/** All rows of a store, blobs left out (they cannot cross into the test). */
async function rows<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const request = indexedDB.open('lentera');
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result.map((row: Record<string, unknown>) => ({ ...row, blob: undefined })) as T[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

const card = (page: Page, name: string) => page.locator('[data-testid="attendance-card"]', { hasText: name });
const cardButton = (page: Page, name: string) => card(page, name).locator('button.att-main');
const counts = async (page: Page) =>
  Object.fromEntries(
    await Promise.all(
      ['hadir', 'izin', 'sakit', 'alpa', 'none'].map(async (key) => [
        key,
        Number(await page.getByTestId(`count-${key}`).locator('.att-count-n').textContent()),
      ]),
    ),
  );

async function expectAccessible(page: Page) {
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page)).toEqual([]);
}

describe('recording a session: attendance, quiz, photos', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let sessionId: string;
  const tab = (name: string) => `${served.url}/#/sessions/${sessionId}/${name}`;

  beforeAll(async () => {
    served = await servePwa();
    browser = await launch({ viewport: { width: 800, height: 1280 } });
    page = await browser.context.newPage();
    await page.goto(served.url);
    await waitForServiceWorker(page);
    await completeSetup(page, { demo: true });
    sessionId = await seed(page);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('marks 25 families with "Semua hadir" and exceptions, and keeps every tap across a reload', async () => {
    await page.goto(tab('attendance'));
    await page.reload();
    await expect.poll(() => page.getByTestId('attendance-card').count()).toBe(25);
    expect(await counts(page)).toEqual({ hadir: 0, izin: 0, sakit: 0, alpa: 0, none: 25 });
    await expectAccessible(page);

    // One tap marks present.
    await cardButton(page, 'Siti Rahmawati').click();
    await expect
      .poll(() => cardButton(page, 'Siti Rahmawati').getAttribute('aria-label'))
      .toBe('Siti Rahmawati: Hadir');
    await page.getByRole('button', { name: /Semua hadir/ }).click();
    await expect.poll(() => counts(page)).toEqual({ hadir: 25, izin: 0, sakit: 0, alpa: 0, none: 0 });
    await page.screenshot({ path: join(SHOTS, 'record-attendance-top.png') });

    // Exceptions: izin = 1 tap, sakit = 2, alpa = 3. Find families by search, as with a group of 30.
    const exceptions: [string, number][] = [
      ['Nur Aini', 1],
      ['Hana Pertiwi', 1],
      ['Dewi Lestari', 2],
      ['Popon Sopiah', 3],
      ['Jujun Juariah', 3],
    ];
    const search = page.getByLabel('Cari nama atau NIK');
    for (const [name, taps] of exceptions) {
      await search.fill(name.toLowerCase());
      await expect.poll(() => page.getByTestId('attendance-card').count()).toBe(1);
      for (let i = 0; i < taps; i++) await cardButton(page, name).click();
    }
    await search.fill('');
    await expect.poll(() => counts(page)).toEqual({ hadir: 20, izin: 2, sakit: 1, alpa: 2, none: 0 });
    expect(await cardButton(page, 'Dewi Lestari').getAttribute('aria-label')).toBe('Dewi Lestari: Sakit');
    expect(await card(page, 'Dewi Lestari').textContent()).toContain('Sakit');

    // A note, typed in the sheet opened by a long press, saves itself.
    // Centred: at the bottom edge the fixed tab bar would take the press.
    await cardButton(page, 'Nur Aini').evaluate((button) => button.scrollIntoView({ block: 'center' }));
    const box = await cardButton(page, 'Nur Aini').boundingBox();
    if (box === null) throw new Error('card not visible');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(800);
    await page.mouse.up();
    const sheet = page.getByTestId('attendance-note');
    await sheet.getByLabel('Catatan', { exact: true }).fill('Mengantar anak ke puskesmas');
    await expect.poll(() => sheet.getByRole('status').textContent()).toBe('Tersimpan');
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'record-attendance-note.png') });
    await sheet.getByRole('button', { name: 'Tutup' }).click();
    await expect.poll(() => sheet.count()).toBe(0);
    // The long press opened the note; it did not cycle the status.
    expect(await cardButton(page, 'Nur Aini').getAttribute('aria-label')).toBe('Nur Aini: Izin');
    await page.screenshot({ path: join(SHOTS, 'record-attendance.png'), fullPage: false });

    await page.reload();
    await expect.poll(() => counts(page)).toEqual({ hadir: 20, izin: 2, sakit: 1, alpa: 2, none: 0 });
    expect(await cardButton(page, 'Popon Sopiah').getAttribute('aria-label')).toBe('Popon Sopiah: Alpa');
    expect(await card(page, 'Nur Aini').textContent()).toContain('Mengantar anak ke puskesmas');
    const stored = await rows<{ sessionId: string; memberId: string; status: string; note: string }>(
      page,
      'attendance',
    );
    expect(stored).toHaveLength(25);
    const tally = (status: string) => stored.filter((row) => row.status === status).length;
    expect([tally('hadir'), tally('izin'), tally('sakit'), tally('alpa')]).toEqual([20, 2, 1, 2]);
    expect(stored.filter((row) => row.note !== '').map((row) => row.note)).toEqual(['Mengantar anak ke puskesmas']);
  });

  it('never loses a tap: 7 taps faster than the screen repaints end on the 7th status', async () => {
    await page.goto(tab('attendance'));
    await page.reload();
    await expect.poll(() => page.getByTestId('attendance-card').count()).toBe(25);
    // Wati Susanti is present; 7 taps: izin, sakit, alpa, hadir, izin, sakit, alpa.
    await cardButton(page, 'Wati Susanti').evaluate((button: HTMLButtonElement) => {
      for (let i = 0; i < 7; i++) button.click();
    });
    await expect.poll(() => cardButton(page, 'Wati Susanti').getAttribute('aria-busy')).toBe('false');
    expect(await cardButton(page, 'Wati Susanti').getAttribute('aria-label')).toBe('Wati Susanti: Alpa');
    await page.reload();
    await expect.poll(() => cardButton(page, 'Wati Susanti').getAttribute('aria-label')).toBe('Wati Susanti: Alpa');
    expect(await counts(page)).toEqual({ hadir: 19, izin: 2, sakit: 1, alpa: 3, none: 0 });
    // And with real clicks, one after another: alpa → hadir, izin, sakit, alpa, hadir.
    for (let i = 0; i < 5; i++) await cardButton(page, 'Wati Susanti').click();
    await expect.poll(() => cardButton(page, 'Wati Susanti').getAttribute('aria-busy')).toBe('false');
    await page.reload();
    await expect.poll(() => cardButton(page, 'Wati Susanti').getAttribute('aria-label')).toBe('Wati Susanti: Hadir');
    expect(await counts(page)).toEqual({ hadir: 20, izin: 2, sakit: 1, alpa: 2, none: 0 });
  });

  it('records the quiz before and after, one question at a time and in the grid, and shows the gain', async () => {
    await page.goto(tab('quiz'));
    await page.reload();
    // Only the 20 present families are listed unless asked.
    await expect.poll(() => page.getByTestId('quiz-row').count()).toBe(20);
    await page.getByLabel(/Tampilkan juga keluarga yang tidak hadir/).check();
    await expect.poll(() => page.getByTestId('quiz-row').count()).toBe(25);
    await page.getByLabel(/Tampilkan juga keluarga yang tidak hadir/).uncheck();

    // Read aloud: a button, and a visible note when the device has no Indonesian voice.
    await page.getByRole('button', { name: 'Bacakan' }).waitFor();
    const hasIndonesian = await page.evaluate(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1600));
      return speechSynthesis.getVoices().some((voice) => /^(id|in)[-_]/i.test(voice.lang));
    });
    const note = page.getByTestId('voice-note');
    if (hasIndonesian) expect(await note.count()).toBe(0);
    else expect(await note.textContent()).toContain('Suara Bahasa Indonesia tidak tersedia');
    await expectAccessible(page);

    // Before the material, one question at a time. P2K2-01: q1 true/false (Salah), q2 choice (B),
    // q3 true/false (Benar), q4 choice (B).
    const pre: Record<string, string[]> = {
      'Ade Komariah': ['Salah', 'A', 'Salah', 'B'], // 2 of 4
      'Ani Suryani': ['Benar', 'B', 'Benar', 'A'], // 2 of 4
    };
    expect(await page.getByRole('button', { name: 'Sebelum materi' }).getAttribute('aria-pressed')).toBe('true');
    for (let q = 0; q < 4; q++) {
      await expect.poll(() => page.getByTestId('quiz-position').textContent()).toBe(`Soal ${q + 1} dari 4`);
      for (const [name, answers] of Object.entries(pre)) {
        await page
          .getByRole('group', { name })
          .getByRole('button', { name: answers[q] ?? '', exact: true })
          .click();
      }
      await expect.poll(() => page.getByTestId('quiz-answered').textContent()).toContain('2 dari 20 keluarga');
      if (q === 1) await page.screenshot({ path: join(SHOTS, 'record-quiz-one.png') });
      if (q < 3) await page.getByRole('button', { name: 'Soal berikutnya', exact: true }).click();
    }
    const adeRow = page.getByTestId('quiz-row').filter({ hasText: 'Ade Komariah' });
    await expect.poll(() => adeRow.textContent()).toContain('2/4 benar');
    await expect.poll(() => page.getByTestId('quiz-mean-pre').textContent()).toBe('50%');
    // Tapping the chosen answer again clears it; tapping again sets it back.
    const chosen = page.getByRole('group', { name: 'Ani Suryani' }).getByRole('button', { name: 'A', exact: true });
    await chosen.click();
    await expect.poll(() => chosen.getAttribute('aria-pressed')).toBe('false');
    await chosen.click();
    await expect.poll(() => chosen.getAttribute('aria-pressed')).toBe('true');

    // After the material, in the grid: a tap cycles none → Benar → Salah / none → A → B → C.
    await page.getByRole('button', { name: 'Sesudah materi' }).click();
    await page.getByRole('button', { name: 'Tabel' }).click();
    await expect.poll(() => page.getByTestId('quiz-grid-row').count()).toBe(20);
    const taps: Record<string, number[]> = {
      'Ade Komariah': [2, 2, 1, 2], // Salah, B, Benar, B: 4 of 4
      'Ani Suryani': [2, 2, 1, 1], // Salah, B, Benar, A: 3 of 4
    };
    for (const [name, perQuestion] of Object.entries(taps)) {
      const cells = page.getByTestId('quiz-grid-row').filter({ hasText: name }).locator('button.quiz-cell');
      for (const [q, count] of perQuestion.entries()) {
        for (let i = 0; i < count; i++) await cells.nth(q).click();
      }
    }
    const aniCells = page.getByTestId('quiz-grid-row').filter({ hasText: 'Ani Suryani' }).locator('button.quiz-cell');
    await expect.poll(() => aniCells.nth(3).getAttribute('aria-label')).toBe('Ani Suryani, soal 4: A');
    await expect.poll(() => page.locator('.quiz [aria-busy="true"]').count()).toBe(0);
    await expect.poll(() => page.getByTestId('quiz-mean-post').textContent()).toBe('88%');
    expect(await page.getByTestId('quiz-gain').textContent()).toBe('+38 poin');
    expect(await page.getByTestId('quiz-understanding').textContent()).toBe('Sangat Baik');
    expect(await page.getByTestId('quiz-grid-row').filter({ hasText: 'Ani Suryani' }).textContent()).toContain(
      '3/4 benar',
    );
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'record-quiz-grid.png') });

    const answers = await rows<{ phase: string; correct: boolean; deletedAt: string | null }>(page, 'quizAnswers');
    const live = answers.filter((a) => a.deletedAt === null);
    expect(live).toHaveLength(16);
    expect(live.filter((a) => a.phase === 'pre' && a.correct)).toHaveLength(4);
    expect(live.filter((a) => a.phase === 'post' && a.correct)).toHaveLength(7);

    await page.reload();
    await expect.poll(() => page.getByTestId('quiz-mean-post').textContent()).toBe('88%');
    expect(await page.getByTestId('quiz-mean-pre').textContent()).toBe('50%');
    expect(await page.getByTestId('quiz-gain').textContent()).toBe('+38 poin');
  });

  it('shrinks a photo on the device, stores it with caption and consent, and deletes it on request', async () => {
    await page.goto(tab('photos'));
    await page.reload();
    await page.getByText('Belum ada foto.').waitFor();
    await expectAccessible(page);

    // Not an image: a clear message, nothing stored.
    await page.getByTestId('photo-gallery').setInputFiles(join(PHOTOS, 'not-a-photo.txt'));
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('"not-a-photo.txt" bukan gambar');
    expect(await rows(page, 'photos')).toEqual([]);

    // A 2400×1600 camera photo becomes 1280×853.
    await page.getByTestId('photo-camera').setInputFiles(join(PHOTOS, 'meeting-2400x1600.jpg'));
    const draft = page.getByTestId('photo-draft');
    await expect.poll(() => draft.getByTestId('photo-sizes').textContent()).toMatch(/\(2400×1600\).*\(1280×853\)/);
    // An unsaved photo cannot be replaced by a second pick.
    expect(await page.getByTestId('photo-gallery').isDisabled()).toBe(true);
    await draft.getByLabel('Keterangan foto').fill('Diskusi anggaran keluarga');
    await draft.getByLabel('Peserta setuju foto ini disimpan dan dikirim ke portal').check();
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'record-photos-draft.png') });
    await draft.getByRole('button', { name: 'Simpan foto' }).click();
    await expect.poll(() => page.getByTestId('photo-item').count()).toBe(1);
    await expect
      .poll(() =>
        page
          .getByTestId('photo-item')
          .locator('img')
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBe(1280);

    // A portrait shot stored sideways with EXIF orientation 6 comes out upright: 853×1280.
    await page.getByTestId('photo-gallery').setInputFiles(join(PHOTOS, 'meeting-rotated-exif6.jpg'));
    await expect.poll(() => draft.getByTestId('photo-sizes').textContent()).toMatch(/\(1600×2400\).*\(853×1280\)/);
    await draft.getByRole('button', { name: 'Simpan foto' }).click();
    await expect.poll(() => page.getByTestId('photo-item').count()).toBe(2);
    const item = (text: string) => page.getByTestId('photo-item').filter({ hasText: text });
    expect(await item('Tanpa keterangan').textContent()).toContain('Belum ada persetujuan');
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'record-photos.png') });

    const stored = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('lentera');
        request.onsuccess = () => resolve(request.result);
      });
      const photos = await new Promise<Record<string, unknown>[]>((resolve) => {
        const request = db.transaction('photos').objectStore('photos').getAll();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return Promise.all(
        photos.map(async (photo) => {
          const blob = photo.blob as Blob;
          const bitmap = await createImageBitmap(blob);
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const g = canvas.getContext('2d');
          g?.drawImage(bitmap, 0, 0);
          // Which edge carries the red "top" band of the original picture.
          const red = (x: number, y: number) => {
            const [r = 0, gr = 0, b = 0] = g?.getImageData(x, y, 1, 1).data ?? [];
            return r > 180 && gr < 90 && b < 90;
          };
          return {
            caption: photo.caption,
            consent: photo.consent,
            mimeType: photo.mimeType,
            width: photo.width,
            height: photo.height,
            size: blob.size,
            type: blob.type,
            bitmap: [bitmap.width, bitmap.height],
            redTop: red(bitmap.width / 2, 10),
            redRight: red(bitmap.width - 10, bitmap.height / 2),
          };
        }),
      );
    });
    const byCaption = new Map(stored.map((photo) => [photo.caption, photo]));
    expect(byCaption.get('Diskusi anggaran keluarga')).toMatchObject({
      consent: true,
      mimeType: 'image/jpeg',
      type: 'image/jpeg',
      width: 1280,
      height: 853,
      bitmap: [1280, 853],
      redTop: true,
    });
    expect(byCaption.get('')).toMatchObject({
      consent: false,
      width: 853,
      height: 1280,
      bitmap: [853, 1280],
      redRight: true,
    });
    for (const photo of stored) {
      expect(Math.max(...photo.bitmap)).toBeLessThanOrEqual(1280);
      expect(photo.size).toBeLessThan(581_107 / 2);
    }

    // Consent given later, in the photo sheet.
    await item('Tanpa keterangan').getByRole('button').click();
    const sheet = page.getByTestId('photo-sheet');
    await sheet.getByLabel('Peserta setuju foto ini disimpan dan dikirim ke portal').check();
    await expectAccessible(page);
    await sheet.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect.poll(() => item('Tanpa keterangan').textContent()).toContain('Disetujui');

    // Deleting asks first, then leaves a tombstone without the image.
    await item('Diskusi anggaran keluarga').getByRole('button').click();
    await sheet.getByRole('button', { name: 'Hapus foto' }).click();
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'record-photos-delete.png') });
    await sheet.getByRole('button', { name: 'Ya, hapus' }).click();
    await expect.poll(() => page.getByTestId('photo-item').count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByTestId('photo-item').count()).toBe(1);
    const after = await rows<{ caption: string; consent: boolean; deletedAt: string | null }>(page, 'photos');
    expect(after.map((p) => [p.caption, p.consent, p.deletedAt !== null])).toEqual(
      expect.arrayContaining([
        ['Diskusi anggaran keluarga', true, true],
        ['', true, false],
      ]),
    );
  });

  it('stays usable on a phone (360×740) and a landscape tablet (1280×800)', async () => {
    for (const [label, viewport] of [
      ['phone', { width: 360, height: 740 }],
      ['landscape', { width: 1280, height: 800 }],
    ] as const) {
      await page.setViewportSize(viewport);
      for (const name of ['attendance', 'quiz', 'photos']) {
        await page.goto(tab(name));
        await page.reload();
        await page.locator('.record').waitFor();
        await page.waitForTimeout(300);
        // One card per row on a phone; several side by side on a tablet.
        if (name === 'attendance') {
          const columns = await page.evaluate(
            () =>
              getComputedStyle(document.querySelector('.att-grid') as Element).gridTemplateColumns.split(' ').length,
          );
          expect(columns).toBe(label === 'phone' ? 1 : 4);
        }
        await expectAccessible(page);
        await page.screenshot({ path: join(SHOTS, `record-${name}-${label}.png`) });
      }
    }
    await page.setViewportSize({ width: 800, height: 1280 });
  });

  it('keeps a finished session from being changed by accident, and corrects it on purpose', async () => {
    await page.evaluate(
      (id) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('lentera');
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction('sessions', 'readwrite');
            const store = tx.objectStore('sessions');
            const get = store.get(id);
            get.onsuccess = () => store.put({ ...get.result, status: 'done', endedAt: new Date().toISOString() });
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      sessionId,
    );
    await page.goto(tab('attendance'));
    await page.reload();
    await page.getByText('Sesi ini sudah selesai.').waitFor();
    expect(await cardButton(page, 'Siti Rahmawati').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /Semua hadir/ }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Koreksi catatan' }).click();
    await cardButton(page, 'Siti Rahmawati').click();
    await expect.poll(() => cardButton(page, 'Siti Rahmawati').getAttribute('aria-label')).toBe('Siti Rahmawati: Izin');
    await expect.poll(() => cardButton(page, 'Siti Rahmawati').getAttribute('aria-busy')).toBe('false');
    await page.reload();
    await expect.poll(() => cardButton(page, 'Siti Rahmawati').getAttribute('aria-label')).toBe('Siti Rahmawati: Izin');
    expect(await cardButton(page, 'Siti Rahmawati').isDisabled()).toBe(true);

    await page.goto(tab('quiz'));
    await page.getByText('Sesi ini sudah selesai.').waitFor();
    expect(await page.locator('.quiz button.quiz-ans').first().isDisabled()).toBe(true);
    await page.goto(tab('photos'));
    await page.getByText('Sesi ini sudah selesai.').waitFor();
    expect(await page.getByTestId('photo-camera').count()).toBe(0);
    await page.getByRole('button', { name: 'Koreksi catatan' }).click();
    expect(await page.getByTestId('photo-camera').count()).toBe(1);
  });
});
