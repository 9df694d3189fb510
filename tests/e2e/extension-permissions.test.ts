/**
 * Least privilege, proven in Chromium: the built extension loads with no host access, its content
 * script runs on a portal only after the user granted that origin, and never on another site.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Portal, startPortal } from '../fixtures/portal/server.mjs';
import { type Browser, launch } from './support/browser';
import { extensionWorker, grantOrigin } from './support/extension';

/** Asks the content script in the first tab at `url` for a ping, from the extension's worker. */
async function pingContentScript(browser: Browser, url: string): Promise<unknown> {
  const worker = await extensionWorker(browser.context);
  return worker.evaluate(async (prefix) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((candidate) => candidate.url?.startsWith(prefix));
    if (tab?.id === undefined) return 'no tab';
    try {
      return await chrome.tabs.sendMessage(tab.id, { type: 'ping', payload: {} });
    } catch (error) {
      return `no content script: ${(error as Error).message}`;
    }
  }, url);
}

describe('extension permissions', () => {
  let browser: Browser;
  let portal: Portal;
  let other: Server;
  let otherUrl = '';

  beforeAll(async () => {
    portal = await startPortal();
    other = createServer((_req, res) => res.end('<!doctype html><title>Other</title><input name="x">'));
    await new Promise<void>((resolve) => other.listen(0, 'localhost', resolve));
    const address = other.address();
    otherUrl = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launch({ extension: true });
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    other?.close();
  });

  it('asks for no host access at install', async () => {
    const worker = await extensionWorker(browser.context);
    const permissions = await worker.evaluate(() => chrome.permissions.getAll());
    expect(permissions.origins).toEqual([]);
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('runs its content script on a granted portal only', async () => {
    await grantOrigin(browser.context, portal.url);
    const page = await browser.context.newPage();
    await page.goto(`${portal.url}/login`);
    await expect
      .poll(() => pingContentScript(browser, portal.url))
      .toEqual({
        ok: true,
        value: { version: '0.1.0', part: 'content' },
      });

    const elsewhere = await browser.context.newPage();
    await elsewhere.goto(otherUrl);
    await elsewhere.waitForLoadState('load');
    // Without access the extension cannot even read the other tab's address; ask every tab.
    const worker = await extensionWorker(browser.context);
    const answers = await worker.evaluate(async () => {
      const replies: string[] = [];
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        try {
          await chrome.tabs.sendMessage(tab.id, { type: 'ping', payload: {} });
          replies.push(`answered:${tab.url ?? 'hidden'}`);
        } catch {
          replies.push(`silent:${tab.url ?? 'hidden'}`);
        }
      }
      return replies;
    });
    expect(answers.filter((answer) => answer.startsWith('answered'))).toEqual([`answered:${portal.url}/login`]);
    expect(answers).toContain('silent:hidden');
  });
});
