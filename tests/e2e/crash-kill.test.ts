/**
 * Crash safety, measured. A tablet's browser can die at any moment (out of memory, battery, the
 * facilitator swiping it away). The promise: every tap the screen showed as saved is on disk.
 *
 * Chromium runs with a persistent profile, launched here (not by Playwright) so the test holds its
 * process id. On a running session's attendance tab, a burst of taps runs in the page; at a random
 * moment the test notes which tapped cards the UI shows as confirmed (status shown, no "saving"
 * mark), stops tapping those (the others go on), and SIGKILLs the browser process mid-burst. It
 * reopens the same profile and checks the database opens and holds every confirmed status.
 * KILLS times; prints `kills survived, confirmed taps, stored, lost`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { type Browser as CdpBrowser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { newProfileDir } from './support/browser';
import { completeSetup, waitForServiceWorker } from './support/pwa';
import { type Served, servePwa } from './support/serve-pwa';

const KILLS = 20;

interface Running {
  readonly proc: ChildProcess;
  readonly browser: CdpBrowser;
  readonly page: Page;
}

/** Pids whose process group is `leader` (Chromium's helpers, spawned in the group we created). */
function groupMembers(leader: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === leader) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** SIGKILLs the browser process, then waits for its helpers to go (ending stragglers by pid). */
async function killBrowser(run: Running): Promise<void> {
  const pid = run.proc.pid;
  if (pid === undefined) throw new Error('no pid');
  const exited = new Promise<void>((resolve) => run.proc.once('exit', () => resolve()));
  process.kill(pid, 'SIGKILL');
  await exited;
  for (let i = 0; i < 50 && groupMembers(pid).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
  for (const straggler of groupMembers(pid)) process.kill(straggler, 'SIGKILL');
}

async function startBrowser(profileDir: string): Promise<Running> {
  const proc = spawn(
    findChromium(),
    [
      ...chromiumArgs,
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profileDir}`,
      '--window-size=800,1280',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`no DevTools endpoint:\n${text}`)), 20_000);
    proc.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    proc.once('exit', (code) => reject(new Error(`chromium exited (${code}):\n${text}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (context === undefined) throw new Error('no default context');
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 800, height: 1280 });
  return { proc, browser, page };
}

/** The stored status of each family at the session, by name (tombstones and unmarked left out). */
async function storedStatuses(page: Page, sessionId: string): Promise<Map<string, string>> {
  const rows = await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lentera');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const members = await all<{ id: string; name: string }>('members');
    const attendance = await all<{ sessionId: string; memberId: string; status: string; deletedAt: string | null }>(
      'attendance',
    );
    db.close();
    const names = new Map(members.map((m) => [m.id, m.name]));
    return attendance
      .filter((row) => row.sessionId === id && row.deletedAt === null)
      .map((row) => [names.get(row.memberId) ?? row.memberId, row.status] as const);
  }, sessionId);
  return new Map(rows);
}

/** A running session of P2K2-01 for the demo group, stored as the start screen would store it. */
async function seedRunningSession(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lentera');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const groups = await new Promise<{ id: string; demo: boolean }[]>((resolve) => {
      const request = db.transaction('groups').objectStore('groups').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    const group = groups.find((g) => g.demo);
    if (group === undefined) throw new Error('no demo group');
    const now = new Date().toISOString();
    const session = {
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      deviceId: 'e2e',
      groupId: group.id,
      curriculumCode: 'P2K2-01',
      plannedDate: now.slice(0, 10),
      plannedTime: '09:00',
      place: 'Balai Desa',
      status: 'running',
      actualDate: now.slice(0, 10),
      startedAt: now,
      endedAt: null,
      notes: '',
      catchUpFor: [],
    };
    const tx = db.transaction('sessions', 'readwrite');
    tx.objectStore('sessions').put(session);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return session.id;
  });
}

/** Starts tapping random cards every few milliseconds; `window.__burst` steers it. */
function startBurst(page: Page, seed: number): Promise<void> {
  return page.evaluate((start) => {
    let state = start;
    const random = () => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state / 0x7fffffff;
    };
    const burst = { frozen: new Set<string>(), tapped: new Set<string>(), taps: 0 };
    (window as unknown as { __burst: typeof burst }).__burst = burst;
    const tick = () => {
      const cards = [...document.querySelectorAll<HTMLElement>('[data-testid="attendance-card"]')].filter(
        (card) => !burst.frozen.has(card.querySelector('.att-name')?.textContent ?? ''),
      );
      const card = cards[Math.floor(random() * cards.length)];
      const name = card?.querySelector('.att-name')?.textContent ?? '';
      card?.querySelector<HTMLButtonElement>('button.att-main')?.click();
      burst.tapped.add(name);
      burst.taps += 1;
      setTimeout(tick, 3 + Math.floor(random() * 30));
    };
    tick();
  }, seed);
}

/** Cards tapped in this burst that show a saved status; they are tapped no more. */
function confirmAndFreeze(page: Page): Promise<{ confirmed: [string, string][]; taps: number; saving: number }> {
  return page.evaluate(() => {
    const burst = (window as unknown as { __burst: { frozen: Set<string>; tapped: Set<string>; taps: number } })
      .__burst;
    const confirmed: [string, string][] = [];
    let saving = 0;
    for (const card of document.querySelectorAll<HTMLElement>('[data-testid="attendance-card"]')) {
      const name = card.querySelector('.att-name')?.textContent ?? '';
      const busy = card.querySelector('button.att-main')?.getAttribute('aria-busy') === 'true';
      if (busy) saving += 1;
      const status = card.dataset.status ?? 'none';
      if (!busy && status !== 'none' && burst.tapped.has(name)) {
        confirmed.push([name, status]);
        burst.frozen.add(name);
      }
    }
    return { confirmed, taps: burst.taps, saving };
  });
}

describe('crash safety: SIGKILL in the middle of a burst of taps', () => {
  let served: Served;
  let run: Running | null = null;
  const profileDir = newProfileDir();

  beforeAll(async () => {
    served = await servePwa();
  });
  afterAll(async () => {
    if (run !== null && run.proc.exitCode === null) await killBrowser(run);
    await served?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it(`keeps every confirmed tap through ${KILLS} kills`, { timeout: 400_000 }, async () => {
    run = await startBrowser(profileDir);
    await run.page.goto(served.url);
    await waitForServiceWorker(run.page);
    await completeSetup(run.page, { demo: true });
    const sessionId = await seedRunningSession(run.page);
    const tab = `${served.url}/#/sessions/${sessionId}/attendance`;

    let survived = 0;
    let confirmedTaps = 0;
    let stored = 0;
    let taps = 0;
    let savingAtKill = 0;
    let reloadsNeeded = 0;
    const lost: string[] = [];
    let expected: [string, string][] = [];

    for (let kill = 0; kill <= KILLS; kill++) {
      const page = run.page;
      await page.goto(tab);
      const cardsShown = () =>
        page.waitForFunction(
          () => document.querySelectorAll('[data-testid="attendance-card"]').length === 20,
          undefined,
          {
            timeout: 30_000,
          },
        );
      try {
        await cardsShown();
      } catch {
        // Seen once on a loaded machine: the first load after a kill did not finish. Reload once,
        // as a user would, and count it; the data checks below are unchanged.
        reloadsNeeded += 1;
        await page.reload();
        await cardsShown();
      }
      if (kill > 0) {
        // After the kill: the database opens and holds every status the screen had confirmed.
        const onDisk = await storedStatuses(page, sessionId);
        let all = true;
        for (const [name, status] of expected) {
          if (onDisk.get(name) === status) stored += 1;
          else {
            all = false;
            lost.push(`kill ${kill}: ${name} showed ${status}, stored ${onDisk.get(name) ?? 'nothing'}`);
          }
        }
        if (all) survived += 1;
      }
      if (kill === KILLS) break;

      await startBurst(page, 7919 * (kill + 1));
      await page.waitForTimeout(250 + ((kill * 137) % 900));
      const snapshot = await confirmAndFreeze(page);
      await killBrowser(run);
      expected = snapshot.confirmed;
      confirmedTaps += expected.length;
      taps += snapshot.taps;
      savingAtKill += snapshot.saving;
      run = await startBrowser(profileDir);
    }

    console.log(
      `kills survived: ${survived}/${KILLS}, confirmed taps: ${confirmedTaps}, stored: ${stored}, lost: ${lost.length}` +
        ` (taps made: ${taps}, cards still saving at the kills: ${savingAtKill}, reloads needed after a kill: ${reloadsNeeded})`,
    );
    expect(lost).toEqual([]);
    expect(survived).toBe(KILLS);
    expect(confirmedTaps).toBeGreaterThan(KILLS);
  });
});
