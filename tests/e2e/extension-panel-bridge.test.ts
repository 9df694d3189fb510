/**
 * The app bridge end to end: the Lentera app (the PWA build) open in one tab with a done session,
 * the mock portal in another. The user connects the app's address in the side panel; the bridge
 * script then runs on the app's page only (the fill script does not, and the bridge never runs on
 * the portal); the panel pulls the app's ready records, one is sent to the portal, and the app's
 * own database records the portal's reference, so the app can show "sent to the portal".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Portal, startPortal } from '../fixtures/portal/server.mjs';
import { seriousA11yViolations, smallTouchTargets } from './support/axe';
import { type Browser, launch } from './support/browser';
import { extensionWorker, grantOrigin, openPanel } from './support/extension';
import { familiesOf, logIn, PNG, received } from './support/fill-run';
import { completeSetup, waitForServiceWorker } from './support/pwa';
import { type Served, servePwa } from './support/serve-pwa';

let portal: Portal;
let app: Served;
let browser: Browser;
let portalPage: Page;
let appPage: Page;
let panel: Page;

const SESSION_ID = '0194a000-0000-7000-8000-00000000b007';

/** A done session 7 of Kelompok Melati written into the app's IndexedDB, as the app would keep it. */
async function seedApp(families: readonly { nik: string; nama: string }[]): Promise<void> {
  await appPage.evaluate(
    async ([list, sessionId, png]) => {
      const meta = {
        createdAt: '2026-03-17T05:00:00.000Z',
        updatedAt: '2026-03-17T05:00:00.000Z',
        deletedAt: null,
        deviceId: 'tablet-rina',
      };
      const groupId = '0194a000-0000-7000-8000-00000000b001';
      const members = list.slice(0, 8).map((f, i) => ({
        ...meta,
        id: `0194a000-0000-7000-8000-0000000c${String(i).padStart(4, '0')}`,
        groupId,
        nik: f.nik,
        kkNumber: '',
        pkhId: '',
        name: f.nama,
        address: '',
        phone: '',
        components: {
          pregnant: false,
          toddlers: 0,
          school: { sd: 0, smp: 0, sma: 0 },
          elderly: 0,
          severeDisability: 0,
        },
        active: true,
      }));
      const rows: Record<string, object[]> = {
        groups: [
          {
            ...meta,
            id: groupId,
            name: 'Kelompok Melati',
            region: {
              provinceCode: '32',
              provinceName: 'JAWA BARAT',
              regencyCode: '32.01',
              regencyName: 'KAB. BOGOR',
              districtCode: '32.01.01',
              districtName: 'CIBINONG',
              villageCode: '32.01.01.1006',
              villageName: 'PAKANSARI',
            },
            meetingPlace: 'Rumah Ibu Siti Aminah',
            leaderName: 'Siti Aminah',
            facilitator: 'Rina Pendamping',
            archived: false,
            demo: false,
          },
        ],
        members,
        sessions: [
          {
            ...meta,
            id: sessionId,
            groupId,
            curriculumCode: 'P2K2-07',
            plannedDate: '2026-03-17',
            plannedTime: '09:00',
            place: 'Balai Desa Pakansari',
            status: 'done',
            actualDate: '2026-03-17',
            startedAt: '2026-03-17T02:00:00.000Z',
            endedAt: '2026-03-17T04:15:00.000Z',
            notes: 'Peserta merancang usaha kecil.',
            catchUpFor: [],
          },
        ],
        attendance: members.map((m, i) => ({
          ...meta,
          sessionId,
          memberId: m.id,
          status: i === 0 ? 'izin' : 'hadir',
          note: '',
        })),
        photos: [
          {
            ...meta,
            id: '0194a000-0000-7000-8000-00000000bf01',
            sessionId,
            blob: new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], { type: 'image/png' }),
            mimeType: 'image/png',
            width: 1,
            height: 1,
            caption: 'Pertemuan sesi 7',
            takenAt: '2026-03-17T03:00:00.000Z',
            consent: true,
          },
        ],
      };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('lentera');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(Object.keys(rows), 'readwrite');
        for (const [store, list2] of Object.entries(rows)) for (const row of list2) tx.objectStore(store).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [families, SESSION_ID, PNG.toString('base64')] as const,
  );
}

/** The app's own ledger rows (its IndexedDB, not the extension's). */
async function appLedger(): Promise<{ recordKey: string; result: string; reference: string }[]> {
  return appPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lentera');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ recordKey: string; result: string; reference: string }[]>((resolve, reject) => {
      const request = db.transaction('fillLedger').objectStore('fillLedger').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows.map(({ recordKey, result, reference }) => ({ recordKey, result, reference }));
  });
}

/** Whether the tab at `prefix` answers `message` one-off, or on the bridge's port. */
async function answers(prefix: string, how: 'port' | 'fill.hello'): Promise<boolean> {
  const worker = await extensionWorker(browser.context);
  return worker.evaluate(
    async ([p, mode]) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url?.startsWith(p ?? ''));
      if (tab?.id === undefined) return false;
      const tabId = tab.id;
      if (mode === 'fill.hello') {
        try {
          const reply = (await chrome.tabs.sendMessage(tabId, { type: 'fill.hello', payload: {} }, { frameId: 0 })) as {
            ok?: boolean;
          };
          return reply?.ok === true;
        } catch {
          return false;
        }
      }
      return new Promise<boolean>((resolve) => {
        const port = chrome.tabs.connect(tabId, { name: 'lentera-bridge', frameId: 0 });
        port.onMessage.addListener(() => {
          port.disconnect();
          resolve(true);
        });
        port.onDisconnect.addListener(() => resolve(false));
        // Another script of ours may hold the port open without answering (the recorder's listener).
        setTimeout(() => {
          port.disconnect();
          resolve(false);
        }, 2_000);
        port.postMessage({ type: 'ping', payload: {} });
      });
    },
    [prefix, how] as const,
  );
}

beforeAll(async () => {
  portal = await startPortal({ port: 0 });
  app = await servePwa();
  browser = await launch({ extension: true });
  await grantOrigin(browser.context, portal.url);
  portalPage = await browser.context.newPage();
  await logIn(portalPage, portal);
  appPage = await browser.context.newPage();
  await appPage.goto(app.url);
  await waitForServiceWorker(appPage);
  await completeSetup(appPage);
  await seedApp(await familiesOf(portalPage, 'KLP-001'));
  await fetch(`${portal.url}/__reset`, { method: 'POST' });
  panel = await openPanel(browser.context);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await portal?.close();
});

describe('the app bridge', () => {
  it('connects the app origin: the bridge runs on the app, never on the portal', async () => {
    await portalPage.goto(`${portal.url}/p2k2/laporan/baru`);
    await panel.getByRole('navigation').getByRole('button', { name: 'Data', exact: true }).click();
    await panel.getByLabel('Alamat aplikasi Lentera').fill(`${app.url}/#/`);
    await panel.getByRole('button', { name: 'Hubungkan aplikasi Lentera' }).click();
    await panel.getByTestId('app-origins').getByText(app.url).waitFor();
    // The app tab was open before: the bridge is injected into it.
    await expect.poll(() => answers(app.url, 'port')).toBe(true);
    expect(await answers(portal.url, 'port')).toBe(false);
    expect(await answers(portal.url, 'fill.hello')).toBe(true);
  });

  it("pulls the app's ready records with their photo", async () => {
    await panel.getByRole('button', { name: 'Ambil data dari aplikasi' }).click();
    // 1 session report, 1 attendance table, 8 families.
    await panel.getByText('Diterima 10 data dan 1 foto dari aplikasi.').waitFor();
    await expect
      .poll(() => panel.getByTestId('held').textContent())
      .toBe('1 laporan sesi, 1 tabel kehadiran, 8 kehadiran keluarga.');
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await panel.setViewportSize({ width: 360, height: 740 });
    expect(await smallTouchTargets(panel)).toEqual([]);
    await panel.screenshot({ path: '/work/main/.tmp/panel-app-bridge-360.png', fullPage: true });
    await panel.setViewportSize({ width: 800, height: 1280 });
  });

  it('after a reload the app page holds the bridge and not the fill script', async () => {
    await appPage.reload();
    await appPage.getByRole('heading', { name: /^Halo, / }).waitFor();
    await expect.poll(() => answers(app.url, 'port')).toBe(true);
    expect(await answers(app.url, 'fill.hello')).toBe(false);
  });

  it('fills one into the portal and the app records the reference', async () => {
    await portalPage.goto(`${portal.url}/p2k2/laporan/baru`);
    await portalPage.locator('#sesi_id + .select2 .select2-selection').waitFor();
    await panel.getByRole('navigation').getByRole('button', { name: 'Antrean', exact: true }).click();
    const queue = panel.getByTestId('queue').getByRole('listitem');
    await expect.poll(() => queue.count()).toBe(1);
    expect(await queue.nth(0).textContent()).toContain('Kelompok Melati · Sesi 7: Memulai Usaha');
    expect(await queue.nth(0).textContent()).toContain('dari aplikasi');
    await panel.getByLabel(/^Kirim otomatis/).check();
    await panel.getByRole('button', { name: 'Isi 1 data' }).click();
    await panel.getByText('Selesai: 1 terkirim, 0 gagal.').waitFor({ timeout: 90_000 });

    const { reports } = await received(portal);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.fields).toMatchObject({ sesi_id: '7', tanggal_pertemuan: '17/03/2026', jumlah_hadir: '7' });
    expect(reports[0]?.files.foto_kegiatan?.size).toBe(PNG.length);
    await expect
      .poll(appLedger)
      .toEqual([{ recordKey: `session:${SESSION_ID}`, result: 'sent', reference: reports[0]?.reference }]);
  });

  it('pulls again without the sent report, and the queue stays empty', async () => {
    await panel.getByRole('navigation').getByRole('button', { name: 'Data', exact: true }).click();
    await panel.getByRole('button', { name: 'Ambil data dari aplikasi' }).click();
    await panel.getByText('Diterima 9 data dan 0 foto dari aplikasi.').waitFor();
    await portalPage.goto(`${portal.url}/p2k2/laporan/baru`);
    await panel.getByRole('navigation').getByRole('button', { name: 'Antrean', exact: true }).click();
    await panel.getByText('Tidak ada data yang menunggu untuk formulir ini.', { exact: false }).waitFor();
  });
});
