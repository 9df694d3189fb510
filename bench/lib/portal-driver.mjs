// @ts-check
/**
 * Driving the built extension against the mock portal, as tests/e2e/support/{extension,fill-run}.ts
 * do (plain ESM here so the benchmark runs with `node`): grant the portal's origin the way a user
 * does, log in by hand (the extension never logs in), build records from the portal's seeded group
 * in the shapes of shared/fill/fill-record.ts, and call the background's `fill.run` from an
 * extension page, as the side panel does.
 */

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */

/** @param {BrowserContext} context */
export async function extensionId(context) {
  const isOurs = (/** @type {{ url(): string }} */ w) => w.url().startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs }));
  return new URL(worker.url()).host;
}

/** An extension page (the side panel) to send messages from. @param {BrowserContext} context */
export async function openPanel(context) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${await extensionId(context)}/src/sidepanel/index.html`);
  return page;
}

/**
 * The user's consent for the portal's origin (chrome://extensions "site access"), then the
 * extension's own `chrome.permissions.request` from a click in its page.
 * @param {BrowserContext} context @param {string} origin
 */
export async function grantSite(context, origin) {
  const id = await extensionId(context);
  const pattern = `${new URL(origin).protocol}//${new URL(origin).hostname}/*`;
  const settings = await context.newPage();
  await settings.goto(`chrome://extensions/?id=${id}`);
  await settings.evaluate(
    ([extension, host]) =>
      /** @type {any} */ (globalThis).chrome.developerPrivate.addHostPermission(extension ?? '', host ?? ''),
    [id, pattern],
  );
  await settings.close();
  const panel = await openPanel(context);
  await panel.evaluate((p) => {
    const button = document.createElement('button');
    button.id = 'lentera-bench-grant';
    button.textContent = 'grant';
    button.style.cssText = 'position:fixed;top:0;left:0;z-index:99999;width:80px;height:40px';
    button.addEventListener('click', () => {
      /** @type {any} */ (globalThis).chrome.permissions.request({ origins: [p] }).then((/** @type {boolean} */ ok) => {
        button.dataset.granted = String(ok);
      });
    });
    document.body.append(button);
  }, pattern);
  await panel.locator('#lentera-bench-grant').click();
  await panel.locator('#lentera-bench-grant[data-granted="true"]').waitFor();
  await panel.close();
}

/** @param {Page} page @param {string} portalUrl */
export async function logIn(page, portalUrl) {
  await page.goto(`${portalUrl}/login`);
  await page.getByLabel('Nama Pengguna').fill('pendamping.cibinong');
  await page.getByLabel('Kata Sandi').fill('rahasia');
  const code = (await page.locator('.captcha-code').textContent()) ?? '';
  await page.getByLabel('Kode Captcha').fill(code.trim());
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** @param {Page} page (logged in) @returns {Promise<{ nik: string, nama: string }[]>} */
export async function familiesOf(page, kelompokId = 'KLP-001') {
  return page.evaluate(async (id) => {
    const res = await fetch(`/api/kelompok/${id}/peserta`, { headers: { Accept: 'application/json' } });
    return (await res.json()).data;
  }, kelompokId);
}

const STATUSES = ['hadir', 'izin', 'sakit', 'alpa'];
const statusOf = (/** @type {number} */ i) =>
  STATUSES[i % 7 === 3 ? 1 : i % 7 === 5 ? 2 : i % 11 === 4 ? 3 : 0] ?? 'hadir';

/** @param {{ nik: string, nama: string }[]} families */
export function membersOf(families) {
  return families.map((f, i) => ({
    id: `member-${i + 1}`,
    nik: f.nik,
    name: f.nama,
    pkhId: `PKH-${String(i + 1).padStart(4, '0')}`,
    status: statusOf(i),
    note: '',
  }));
}

export const PHOTO = { id: 'photo-bench-1', name: 'pertemuan.png', mimeType: 'image/png', consent: true };
/** A real 1×1 PNG (the portal checks the magic bytes). */
export const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const MELATI = {
  id: 'group-melati',
  name: 'Kelompok Melati',
  leader: 'Siti Aminah',
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
};

/** Session n of the core curriculum (1-14), as a report the classic form takes. */
const SESSIONS = [
  ['P2K2-M1', 1, 'Menjadi Orangtua yang Lebih Baik'],
  ['P2K2-M1', 2, 'Memahami Perilaku Anak'],
  ['P2K2-M1', 3, 'Memahami Cara Anak Usia Dini Belajar'],
  ['P2K2-M1', 4, 'Membantu Anak Sukses di Sekolah'],
  ['P2K2-M2', 5, 'Mengelola Keuangan Keluarga'],
  ['P2K2-M2', 6, 'Cermat Meminjam dan Menabung'],
  ['P2K2-M2', 7, 'Memulai Usaha'],
];

/**
 * Report number `i` (distinct session ids, so the ledger never refuses it as already sent).
 * @param {ReturnType<typeof membersOf>} members @param {number} i
 */
export function sessionReport(members, i) {
  const [moduleCode, number, title] = /** @type {[string, number, string]} */ (SESSIONS[i % SESSIONS.length]);
  const sessionId = `bench-session-${i + 1}`;
  const count = (/** @type {string} */ s) => members.filter((m) => m.status === s).length;
  const day = String((i % 27) + 1).padStart(2, '0');
  return {
    kind: 'sessionReport',
    recordKey: `session:${sessionId}`,
    session: {
      id: sessionId,
      code: `P2K2-${String(number).padStart(2, '0')}`,
      number,
      title,
      plannedDate: `2026-01-${day}`,
      actualDate: `2026-01-${day}`,
      startTime: '09:00',
      endTime: '11:00',
      place: 'Rumah Ibu Siti Aminah, RT 03/RW 05',
      notes: 'Sesi berjalan lancar.\nPeserta menyusun anggaran bulanan.',
    },
    module: { code: moduleCode, number: Number(moduleCode.slice(-1)), title: 'Modul' },
    group: MELATI,
    facilitator: { name: 'Dewi Lestari' },
    counts: {
      hadir: count('hadir'),
      izin: count('izin'),
      sakit: count('sakit'),
      alpa: count('alpa'),
      total: members.length,
    },
    members,
    photos: [PHOTO],
  };
}

/** @param {ReturnType<typeof membersOf>} members @param {string} sessionId */
export function attendanceTable(members, sessionId) {
  const report = sessionReport(members, 0);
  return {
    kind: 'attendanceTable',
    recordKey: `attendance-table:${sessionId}`,
    session: { ...report.session, id: sessionId },
    module: report.module,
    group: report.group,
    facilitator: report.facilitator,
    members,
  };
}

/** Puts the report's photo into the extension's database, as a bundle import would. @param {Page} panel */
export async function seedPhoto(panel) {
  await sendMessage(panel, 'fill.ledger', {}); // the background opens (and creates) the database
  await panel.evaluate(
    async ([photo, base64]) => {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open('lentera');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      await new Promise((resolve, reject) => {
        const tx = /** @type {IDBDatabase} */ (db).transaction('photos', 'readwrite');
        tx.objectStore('photos').put({
          id: photo.id,
          createdAt: '2026-01-20T05:00:00.000Z',
          updatedAt: '2026-01-20T05:00:00.000Z',
          deletedAt: null,
          deviceId: 'bench-tablet',
          sessionId: 'bench-session',
          blob: new Blob([bytes], { type: 'image/png' }),
          mimeType: 'image/png',
          width: 1,
          height: 1,
          caption: 'Pertemuan',
          takenAt: '2026-01-20T03:00:00.000Z',
          consent: true,
        });
        tx.oncomplete = () => resolve(null);
        tx.onerror = () => reject(tx.error);
      });
      /** @type {IDBDatabase} */ (db).close();
    },
    /** @type {const} */ ([PHOTO, PNG_BASE64]),
  );
}

/** @param {Page} panel @param {string} type @param {unknown} payload */
export function sendMessage(panel, type, payload) {
  return panel.evaluate(
    async ([t, p]) => /** @type {any} */ (globalThis).chrome.runtime.sendMessage({ type: t, payload: p }),
    /** @type {const} */ ([type, payload]),
  );
}

/** The id of the first tab whose address starts with `prefix`. @param {Page} panel @param {string} prefix */
export function tabIdOf(panel, prefix) {
  return panel.evaluate(async (p) => {
    const tabs = await /** @type {any} */ (globalThis).chrome.tabs.query({});
    const tab = tabs.find((/** @type {{ url?: string }} */ t) => t.url?.startsWith(p));
    if (tab?.id === undefined) throw new Error(`no tab at ${p}`);
    return /** @type {number} */ (tab.id);
  }, prefix);
}
