/**
 * Complaints and success stories in real Chromium at tablet size (800×1280), with the sample
 * data. A late-payment complaint from a sample family goes received → documented → clarified →
 * handled → closed with the ready answer, and the list shows status and age. A story gets a
 * photo (compressed on the device) and a voice testimony recorded live (Chromium's fake
 * microphone); without the family's consent the card route refuses and every export button is
 * disabled; with consent (a voice clip from the gallery as proof) the PNG is a 1080×1080 image and
 * the page download holds the escaped text. Assertions read the screen and IndexedDB.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousA11yViolations, smallTouchTargets } from './support/axe';
import { type Browser, launch, ROOT } from './support/browser';
import { completeSetup, waitForServiceWorker } from './support/pwa';
import { type Served, servePwa } from './support/serve-pwa';

const SHOTS = join(ROOT, '.tmp');
const PHOTO = join(ROOT, 'tests/fixtures/photos/meeting-2400x1600.jpg');
const VOICE = join(ROOT, 'tests/fixtures/media/voice-2s.webm');
const HOSTILE_NAME = 'Ibu <b>Tini</b> & "Tono"';
const STORY_TITLE = 'Warung <b>Bu Nur</b> & "laris"';

/** A local date in the browser's zone (Asia/Jakarta) `days` before today. */
function daysAgo(days: number): string {
  const date = new Date(Date.now() - days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(date);
}

/** Live rows of a store as the app left them, blobs left out (they cannot cross into the test). */
async function liveRows(page: Page, table: string): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    (name) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('lentera');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name).objectStore(name).getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            db.close();
            resolve(
              (request.result as Array<Record<string, unknown>>)
                .filter((row) => row.deletedAt === null)
                .map((row) => ({ ...row, blob: undefined })),
            );
          };
        };
      }),
    table,
  );
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page)).toEqual([]);
}

async function visit(page: Page, hash: string): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/${hash}`);
}

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

describe('complaints and success stories', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    served = await servePwa();
    browser = await launch({ args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] });
    page = await browser.context.newPage();
    page.on('dialog', (dialog) => {
      throw new Error(`unexpected dialog: ${dialog.message()}`);
    });
    await page.goto(served.url);
    await waitForServiceWorker(page);
    await completeSetup(page, { demo: true });
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('receives a late-payment complaint and walks it to closed with the ready answer', async () => {
    await visit(page, '#/complaints');
    await page.getByText('Belum ada pengaduan.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Terima pengaduan baru' }).click();

    // Nothing chosen yet: every reason at once, nothing written.
    await page.getByRole('button', { name: 'Simpan pengaduan' }).click();
    await page.getByText('Pengaduan belum tersimpan.', { exact: false }).waitFor();
    await page.getByText('Pilih keluarga dari daftar, atau ketik nama yang mengadu.').waitFor();
    await page.getByText('Pilih tentang apa pengaduan ini.').waitFor();
    expect(await liveRows(page, 'complaints')).toEqual([]);

    await page.getByLabel('Cari keluarga di perangkat ini (nama atau NIK)').fill('siti r');
    await page.getByRole('button', { name: /Siti Rahmawati/ }).click();
    await page.getByTestId('family-chosen').getByText('Siti Rahmawati').waitFor();
    await page.getByRole('radio', { name: /Bantuan terlambat atau tidak cair/ }).check();
    await page.getByLabel('Diterima lewat').selectOption({ label: 'Saat pertemuan P2K2' });
    await page.getByLabel('Tanggal diterima').fill(daysAgo(20));
    await page.getByLabel('Isi pengaduan').fill('Bantuan tahap ini belum masuk ke rekening.');
    await page.screenshot({ path: join(SHOTS, 'complaints-new.png'), fullPage: true });
    await page.getByRole('button', { name: 'Simpan pengaduan' }).click();

    await page.waitForURL(/#\/complaints\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Siti Rahmawati' }).waitFor();
    expect(await page.getByTestId('complaint-status').textContent()).toBe('Diterima');
    const age = page.getByTestId('complaint-age');
    expect(await age.textContent()).toContain('20 hari — lebih dari 14 hari');
    expect(await age.getAttribute('data-age-level')).toBe('late');
    await expectAccessible(page);

    const steps: Array<[string, string, string]> = [
      ['Sudah didokumentasikan', 'Didokumentasikan', 'Foto buku tabungan dicatat'],
      ['Sudah diklarifikasi', 'Diklarifikasi', 'Bank: dana tahap ini belum disalurkan'],
      ['Sudah ditangani', 'Ditangani', 'Dijelaskan kepada ibu saat kunjungan'],
    ];
    for (const [button, status, note] of steps) {
      await page.getByRole('button', { name: button }).click();
      await page.locator('textarea[name="note"]').fill(note);
      await page.getByRole('button', { name: `Simpan: ${status}` }).click();
      await expect.poll(() => page.getByTestId('complaint-status').textContent()).toBe(status);
    }
    // Only the moves the flow allows are offered: from "handled", closing only.
    expect(await page.getByRole('button', { name: 'Teruskan ke pihak lain' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Tutup dengan jawaban' }).click();
    await page.getByRole('button', { name: 'Simpan: Ditutup' }).click();
    await page.getByText('Tulis jawaban yang diberikan kepada keluarga sebelum menutup.').waitFor();
    expect(await page.getByTestId('complaint-status').textContent()).toBe('Ditangani');

    await page.getByRole('button', { name: 'Sisipkan jawaban: bantuan terlambat' }).click();
    const answer = page.getByLabel('Jawaban yang diberikan kepada keluarga');
    expect(await answer.inputValue()).toContain('akan dibayarkan bersama pencairan tahap berikutnya');
    await answer.press('End');
    await answer.pressSequentially(' Jadwal berikutnya kami kabarkan di pertemuan.');
    await page.screenshot({ path: join(SHOTS, 'complaints-close.png'), fullPage: true });
    await page.getByRole('button', { name: 'Simpan: Ditutup' }).click();
    await expect.poll(() => page.getByTestId('complaint-status').textContent()).toBe('Ditutup');
    expect(await page.getByTestId('complaint-answer').textContent()).toContain('Jadwal berikutnya kami kabarkan');
    expect(await page.getByTestId('complaint-history').locator('li').count()).toBe(5);

    const [stored] = await liveRows(page, 'complaints');
    expect(stored).toMatchObject({
      status: 'closed',
      category: 'payment',
      channel: 'meeting',
      receivedDate: daysAgo(20),
      closedDate: daysAgo(0),
      complainant: { name: 'Siti Rahmawati' },
    });
    expect(
      ((stored?.history ?? []) as Array<{ status: string; note: string }>).map((step) => [step.status, step.note]),
    ).toEqual([
      ['received', ''],
      ['documented', 'Foto buku tabungan dicatat'],
      ['clarified', 'Bank: dana tahap ini belum disalurkan'],
      ['handled', 'Dijelaskan kepada ibu saat kunjungan'],
      ['closed', ''],
    ]);
    expect(String(stored?.answer)).toMatch(/pencairan tahap berikutnya[\s\S]*Jadwal berikutnya kami kabarkan/);
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'complaints-detail.png'), fullPage: true });

    // A second complaint, typed by hand for someone not on this device, 35 days old.
    await visit(page, '#/complaints/new');
    await page.getByRole('button', { name: 'Tidak ada di daftar? Ketik datanya' }).click();
    await page.getByLabel('Nama', { exact: true }).fill(HOSTILE_NAME);
    await page.getByLabel('NIK', { exact: true }).fill('3201');
    await page.getByRole('radio', { name: /Data keluarga salah/ }).check();
    await page.getByLabel('Tanggal diterima').fill(daysAgo(35));
    await page.getByLabel('Isi pengaduan').fill('Nama anak salah tulis di kartu.');
    await page.getByRole('button', { name: 'Simpan pengaduan' }).click();
    await page.getByText('NIK harus 16 angka (terisi 4).').waitFor();
    expect(await liveRows(page, 'complaints')).toHaveLength(1);
    await page.getByLabel('NIK', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Simpan pengaduan' }).click();
    await page.waitForURL(/#\/complaints\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: HOSTILE_NAME }).waitFor();

    // The list: open ones by default, the old one flagged in colour and words.
    await visit(page, '#/complaints');
    const cards = page.getByTestId('complaint-card');
    await expect.poll(() => cards.count()).toBe(1);
    expect(await cards.first().textContent()).toContain(HOSTILE_NAME);
    expect(await cards.first().getByTestId('complaint-age').textContent()).toContain('35 hari — lebih dari 30 hari');
    expect(await cards.first().getByTestId('complaint-age').getAttribute('data-age-level')).toBe('overdue');
    expect(await page.getByTestId('complaint-counts').textContent()).toBe(
      '1 masih terbuka · 0 lebih dari 14 hari · 1 lebih dari 30 hari',
    );
    await page.getByLabel('Status', { exact: true }).selectOption('all');
    await expect.poll(() => cards.count()).toBe(2);
    expect(await cards.nth(0).getByTestId('complaint-status').textContent()).toBe('Diterima');
    expect(await cards.nth(1).getByTestId('complaint-status').textContent()).toBe('Ditutup');
    expect(await cards.nth(1).getByTestId('complaint-age').textContent()).toBe('Selesai dalam 20 hari');
    await page.getByLabel('Kategori').selectOption({ label: 'Bantuan terlambat atau tidak cair' });
    await expect.poll(() => cards.count()).toBe(1);
    expect(await cards.first().textContent()).toContain('Siti Rahmawati');
    await page.getByLabel('Kategori').selectOption('all');
    // The name is text, never markup.
    expect(await page.locator('[data-testid="complaint-list"] b').count()).toBe(0);
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'complaints-list.png'), fullPage: true });

    // On a 360×740 phone too.
    await page.setViewportSize({ width: 360, height: 740 });
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'complaints-list-phone.png'), fullPage: true });
    await cards.first().click();
    await page.getByRole('heading', { name: 'Langkah berikutnya' }).waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'complaints-detail-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 800, height: 1280 });
  });

  it('keeps a story with a photo and a recorded voice locked until the family consents, then exports it', async () => {
    await visit(page, '#/stories');
    await page.getByText('Belum ada cerita.', { exact: false }).waitFor();
    // Opened from a family (`?member=`), the family is already filled in.
    const nur = (await liveRows(page, 'members')).find((row) => row.name === 'Nur Aini');
    await visit(page, `#/stories/new?member=${String(nur?.id)}`);
    await page.getByTestId('family-chosen').getByText('Nur Aini').waitFor();
    await page.getByLabel('Judul').fill(STORY_TITLE);
    await page
      .getByLabel('Ceritanya')
      .fill(
        'Dulu kami tidak punya tabungan. Sekarang warung kecil kami menopang sekolah anak.\n\nIbu Nur belajar mencatat pengeluaran di P2K2.',
      );
    await page.getByRole('button', { name: 'Simpan cerita' }).click();
    await page.waitForURL(/#\/stories\/[0-9a-f-]{36}$/);
    const storyHash = new URL(page.url()).hash;
    await page.getByRole('heading', { name: STORY_TITLE, level: 1 }).waitFor();

    await page.getByTestId('story-photo-gallery').setInputFiles(PHOTO);
    await page.getByTestId('story-photo').waitFor();

    await page.getByRole('button', { name: 'Rekam suara' }).click();
    const recording = page.getByTestId('story-clip-recording');
    await recording.waitFor();
    await page.waitForTimeout(2500);
    expect(await page.getByTestId('record-countdown').textContent()).toMatch(/^sisa 0:5[0-8]$/);
    await page.getByRole('button', { name: 'Berhenti dan simpan' }).click();
    const clip = page.getByTestId('story-clip').first();
    await clip.waitFor();
    expect(await clip.textContent()).toMatch(/Suara · 0:\d\d · \d+ KB/);
    expect(await clip.locator('audio').count()).toBe(1);

    const media = await liveRows(page, 'media');
    const photo = media.find((row) => row.kind === 'photo');
    const voice = media.find((row) => row.kind === 'audio');
    expect(photo).toMatchObject({ mimeType: 'image/jpeg' });
    expect(Number(photo?.size)).toBeGreaterThan(10_000);
    expect(Number(photo?.size)).toBeLessThan(581_107);
    expect(String(voice?.mimeType)).toMatch(/^audio\/webm/);
    expect(Number(voice?.durationSeconds)).toBeGreaterThanOrEqual(2);
    expect(Number(voice?.size)).toBeGreaterThan(1000);

    // No consent: every way out is disabled, with the reason tied to the buttons.
    const blocked = page.getByTestId('publish-blocked');
    expect(await blocked.textContent()).toContain('keluarga belum memberi persetujuan');
    const why = await blocked.getAttribute('id');
    for (const name of ['Lihat kartu', 'Unduh gambar', 'Unduh halaman', 'Bagikan']) {
      const button = page.getByRole('button', { name, exact: true });
      expect(await button.isDisabled(), name).toBe(true);
      expect(await button.getAttribute('aria-describedby'), name).toBe(why);
    }
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'stories-detail-locked.png'), fullPage: true });

    await visit(page, `${storyHash}/card`);
    const refused = page.getByTestId('card-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('Kartu tidak ditampilkan.');
    expect(await refused.textContent()).toContain('keluarga belum memberi persetujuan');
    expect(await page.getByTestId('story-card').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Unduh gambar' }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'stories-card-refused.png'), fullPage: true });

    // Consent by recorded voice, the clip taken from the gallery.
    await visit(page, storyHash);
    await page.getByRole('button', { name: 'Simpan persetujuan' }).click();
    await page.getByText('Centang bila keluarga memang setuju ceritanya dibagikan.').waitFor();
    expect((await liveRows(page, 'stories'))[0]).toMatchObject({ consent: { given: false } });
    await page.getByRole('radio', { name: /Suara direkam/ }).check();
    await page.getByTestId('consent-clip-file').setInputFiles({
      name: 'persetujuan.webm',
      mimeType: 'audio/webm',
      buffer: readFileSync(VOICE),
    });
    await page.getByTestId('consent-proof').waitFor();
    await page.getByRole('checkbox', { name: /Keluarga setuju cerita/ }).check();
    await page.getByRole('button', { name: 'Simpan persetujuan' }).click();
    await page.getByTestId('consent-given').waitFor();
    expect(await page.getByTestId('consent-given').textContent()).toContain('Disetujui oleh Nur Aini (Suara direkam)');
    const [story] = await liveRows(page, 'stories');
    const consent = story?.consent as { given: boolean; method: string; mediaId: string };
    expect(consent).toMatchObject({ given: true, by: 'Nur Aini', method: 'recorded' });
    const proof = (await liveRows(page, 'media')).find((row) => row.id === consent.mediaId);
    expect(proof).toMatchObject({ kind: 'audio', mimeType: 'audio/webm', size: readFileSync(VOICE).length });
    expect(await page.getByTestId('story-clip').count()).toBe(1);
    expect(await page.getByTestId('publish-blocked').count()).toBe(0);
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'stories-detail.png'), fullPage: true });

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh gambar' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('cerita-warung-b-bu-nur-b-laris.png');
    const image = await bytesOf(png);
    expect([...image.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(image.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([1080, 1080]);
    writeFileSync(join(SHOTS, 'stories-card-download.png'), image);

    const [pageFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh halaman' }).click(),
    ]);
    expect(pageFile.suggestedFilename()).toBe('cerita-warung-b-bu-nur-b-laris.html');
    const html = (await bytesOf(pageFile)).toString('utf8');
    expect(html).toContain('<h1>Warung &lt;b&gt;Bu Nur&lt;/b&gt; &amp; &quot;laris&quot;</h1>');
    expect(html).not.toContain('<b>Bu Nur</b>');
    expect(html).toContain('Ibu Nur belajar mencatat pengeluaran di P2K2.');
    expect(html).toMatch(/<img src="data:image\/jpeg;base64,[A-Za-z0-9+/=]{1000,}"/);

    // The card route now shows the square card, title as text.
    await page.getByRole('link', { name: 'Lihat kartu' }).click();
    const card = page.getByTestId('story-card');
    await card.waitFor();
    expect(await card.locator('h2').textContent()).toBe(STORY_TITLE);
    expect(await card.locator('blockquote').textContent()).toContain('Dulu kami tidak punya tabungan.');
    const box = await card.boundingBox();
    expect(box !== null && Math.abs(box.width - box.height) < 2).toBe(true);
    await card.locator('img').waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'stories-card.png'), fullPage: true });
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh gambar' }).click(),
    ]);
    const second = await bytesOf(again);
    expect([second.readUInt32BE(16), second.readUInt32BE(20)]).toEqual([1080, 1080]);

    // Withdrawn consent locks it again, on the card route too.
    await visit(page, storyHash);
    await page.getByRole('button', { name: 'Keluarga mencabut persetujuan' }).click();
    await page.getByRole('button', { name: /Ketuk lagi: cerita tidak bisa dibagikan lagi/ }).click();
    await page.getByTestId('publish-blocked').waitFor();
    await visit(page, `${storyHash}/card`);
    await page.getByTestId('card-refused').waitFor();

    await visit(page, '#/stories');
    const row = page.getByTestId('story-row');
    await row.waitFor();
    expect(await row.textContent()).toContain(STORY_TITLE);
    expect(await row.textContent()).toContain('1 foto · 1 rekaman');
    expect(await row.textContent()).toContain('Belum ada persetujuan');
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'stories-list.png'), fullPage: true });

    await page.setViewportSize({ width: 360, height: 740 });
    await row.click();
    await page.getByTestId('publish-blocked').waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'stories-detail-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 800, height: 1280 });
  });
});
