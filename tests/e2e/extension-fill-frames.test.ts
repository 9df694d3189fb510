/**
 * The collector and executor on the awkward parts of real pages, in Chromium with the built
 * extension: fields inside an open shadow root and inside a same-origin iframe (found through a
 * `frame` strategy), labels from a wrapping label, aria-labelledby, a fieldset legend and nearby
 * text; a user map from the extension's database; an invalid CSS selector refused by name.
 */
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFormMap } from '../../shared/fill/form-map-schema';
import { type Browser, launch } from './support/browser';
import { grantOrigin } from './support/extension';
import { extensionPage, fillRun, formMapRow, ledger, melatiReport, seedRows, tabIdOf } from './support/fill-run';

const TOP = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Form uji</title></head><body>
<form id="outer">
  <label>Nama Fasilitator <input name="nama"></label>
  <p><span id="lbl-sesi">Nomor sesi</span><input aria-labelledby="lbl-sesi" name="sesi"></p>
  <div><div class="form-label">Catatan</div><textarea name="catatan"></textarea></div>
  <fieldset><legend>Persetujuan</legend><label><input type="checkbox" name="setuju" value="ya"> Foto boleh dipakai</label></fieldset>
  <lentera-box></lentera-box>
  <iframe id="rincian" src="/frame.html" title="Rincian"></iframe>
</form>
<script>
customElements.define('lentera-box', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<label for="kota">Kabupaten/Kota</label><input id="kota">';
  }
});
</script></body></html>`;

const FRAME = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Rincian</title></head><body>
<label for="desa">Desa</label><input id="desa">
<label for="prov">Provinsi</label><select id="prov"><option value="">--</option><option value="32">JAWA BARAT</option><option value="33">JAWA TENGAH</option></select>
</body></html>`;

function framesMap(overrides: { id?: string; css?: string } = {}) {
  return parseFormMap({
    id: overrides.id ?? 'uji-bingkai',
    name: 'Form uji: bingkai dan shadow root',
    version: 1,
    appliesTo: { urlPatterns: ['http://127.0.0.1:*/form.html'] },
    recordKind: 'sessionReport',
    steps: [
      { kind: 'fill', field: 'Nama', target: [{ label: 'Nama Fasilitator' }], value: '{{facilitator.name}}' },
      { kind: 'fill', field: 'Sesi', target: [{ label: 'Nomor sesi' }], value: '{{session.number}}' },
      { kind: 'fill', field: 'Catatan', target: [{ label: 'Catatan' }], value: '{{session.place}}' },
      { kind: 'check', field: 'Persetujuan', target: [{ label: 'Foto boleh dipakai' }] },
      {
        kind: 'fill',
        field: 'Kota',
        target: [{ css: overrides.css ?? 'input#kota' }],
        value: '{{group.region.regencyName}}',
      },
      {
        kind: 'fill',
        field: 'Desa',
        target: [{ label: 'Desa', frame: '#rincian' }],
        value: '{{group.region.villageName}}',
      },
      {
        kind: 'select',
        field: 'Provinsi',
        target: [{ label: 'Provinsi', frame: 'iframe[title=Rincian]' }],
        value: '{{group.region.provinceName}}',
      },
    ],
  });
}

let server: Server;
let base = '';
let browser: Browser;
let panel: Page;
let page: Page;

beforeAll(async () => {
  server = createServer((req, res) => {
    const body = req.url === '/form.html' ? TOP : req.url === '/frame.html' ? FRAME : null;
    if (body === null) res.writeHead(404).end();
    else res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
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

async function open(): Promise<number> {
  await page.goto(`${base}/form.html`);
  await page.frameLocator('#rincian').locator('#desa').waitFor();
  return tabIdOf(panel, `${base}/form.html`);
}

describe('collecting and filling across frames and shadow roots', () => {
  it('fills fields in the page, its shadow root and its same-origin frame from a user map', async () => {
    const map = framesMap();
    await seedRows(panel, 'formMaps', [formMapRow(map)]);
    const maps = await panel.evaluate(
      async (url) => chrome.runtime.sendMessage({ type: 'fill.maps', payload: { url } }),
      `${base}/form.html`,
    );
    expect(maps).toMatchObject({ ok: true, value: { maps: [{ id: 'uji-bingkai' }] } });

    const record = melatiReport([]);
    const reply = await fillRun(panel, { tabId: await open(), mapId: 'uji-bingkai', record, submit: false });
    expect(reply).toMatchObject({
      ok: true,
      value: { status: 'filled', problems: [], readBack: { ok: 7, changed: 0, rejected: 0 } },
    });
    expect(await page.locator('input[name=nama]').inputValue()).toBe('Dewi Lestari');
    expect(await page.locator('input[name=sesi]').inputValue()).toBe('5');
    expect(await page.locator('textarea[name=catatan]').inputValue()).toBe(record.session.place);
    expect(await page.locator('input[name=setuju]').isChecked()).toBe(true);
    expect(await page.locator('lentera-box').evaluate((el) => el.shadowRoot?.querySelector('input')?.value)).toBe(
      'KAB. BOGOR',
    );
    const frame = page.frameLocator('#rincian');
    expect(await frame.locator('#desa').inputValue()).toBe('PAKANSARI');
    expect(await frame.locator('#prov').inputValue()).toBe('32');
  });

  it('refuses a map whose CSS selector is invalid, naming it, and types nothing', async () => {
    await seedRows(panel, 'formMaps', [formMapRow(framesMap({ id: 'uji-css-salah', css: 'input[[kota' }))]);
    const record = melatiReport([], { sessionId: 'session-css' });
    const reply = await fillRun(panel, { tabId: await open(), mapId: 'uji-css-salah', record, submit: false });
    expect(reply).toMatchObject({
      ok: true,
      value: {
        status: 'failed',
        problems: [{ code: 'formMap.invalid', details: { path: 'css', detail: 'invalid CSS selector "input[[kota"' } }],
      },
    });
    expect(await page.locator('input[name=nama]').inputValue()).toBe('');
  });

  it('refuses a map that is not for this page, writing nothing', async () => {
    const record = melatiReport([], { sessionId: 'session-other' });
    const reply = await fillRun(panel, { tabId: await open(), mapId: 'mock-p2k2-laporan', record, submit: true });
    expect(reply).toMatchObject({ ok: false, error: { code: 'fill.noMap' } });
    expect(await ledger(panel, record.recordKey)).toEqual([]);
  });

  it('refuses a tab on a site the user did not grant, writing nothing', async () => {
    const elsewhere = `${base.replace('127.0.0.1', 'localhost')}/form.html`;
    const tabIds = () => panel.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));
    const known = await tabIds();
    const other = await browser.context.newPage();
    await other.goto(elsewhere);
    // Without access the extension cannot even read the tab's address: it is the new tab.
    const [tabId = -1] = (await tabIds()).filter((id) => !known.includes(id));
    const record = melatiReport([], { sessionId: 'session-elsewhere' });
    const reply = await fillRun(panel, { tabId, mapId: 'uji-bingkai', record, submit: false });
    expect(reply).toMatchObject({ ok: false, error: { code: 'fill.notGranted' } });
    expect(await other.locator('input[name=nama]').inputValue()).toBe('');
    expect(await ledger(panel, record.recordKey)).toEqual([]);
    await other.close();
  });
});
