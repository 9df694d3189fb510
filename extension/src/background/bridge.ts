/**
 * The background's side of the app bridge. Pulling: find an open tab of a connected app origin,
 * make sure the bridge script runs there, first hand the app every ledger result (so it marks
 * sessions sent and leaves them out of its offer), then ask for its ready records, check them
 * again and keep them (records.ts). Reporting: after fills, hand the new results to any open app
 * tab. A result the app could not receive (no tab open) reaches it at the next pull, since a pull
 * always delivers the whole ledger and the app stores results idempotently by ledger id.
 */
import type { BridgePullResult, BridgeStatus } from '../../../shared/bridge/bridge-messages';
import { BRIDGE_LIMITS, type BridgeResult, parseOffer } from '../../../shared/bridge/bridge-protocol';
import type { LenteraDB } from '../../../shared/db/database';
import type { WriteContext } from '../../../shared/db/write';
import { AppError } from '../../../shared/errors';
import type { FillLedgerEntry } from '../../../shared/model/types';
import { api } from '../platform/browser';
import { appPattern, readAppOrigins, toOrigin, writeAppOrigins } from './bridge-origins';
import { askBridge } from './bridge-port';
import { lastPullAt, readAppRecords, readLedger, storeAppOffer } from './records';
import { ensureBridgeScript, grantedAppOrigins, syncContentScripts } from './registrations';

const cut = (text: string): string => text.slice(0, 2_000);

export function toBridgeResult(entry: FillLedgerEntry): BridgeResult {
  return {
    id: entry.id,
    recordKey: entry.recordKey,
    mapId: entry.mapId,
    portalOrigin: cut(entry.portalOrigin),
    status: entry.result,
    reference: cut(entry.reference),
    error: cut(entry.error),
    at: entry.at,
  };
}

/** Open tabs of connected, granted app origins; the one used last first. */
export async function appTabs(): Promise<chrome.tabs.Tab[]> {
  const origins = await grantedAppOrigins();
  if (origins.length === 0) return [];
  const tabs = await api.tabs.query({ url: origins.map(appPattern) });
  return tabs.filter((tab) => tab.id !== undefined).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
}

/** Hands results to the app; the newest first, as many as one message may carry. */
async function deliver(tabId: number, entries: readonly FillLedgerEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  await ensureBridgeScript(tabId);
  const newest = [...entries].sort((a, b) => b.at.localeCompare(a.at)).slice(0, BRIDGE_LIMITS.results);
  const reply = await askBridge(tabId, 'bridge.deliver', { results: newest.map(toBridgeResult) });
  return reply.stored;
}

export async function pullFromApp(ctx: WriteContext): Promise<BridgePullResult> {
  const [tab] = await appTabs();
  if (tab?.id === undefined || tab.url === undefined) throw new AppError('db.notFound', { what: 'app tab' });
  const origin = toOrigin(tab.url);
  if (origin === null) throw new AppError('fill.notGranted', { origin: tab.url.slice(0, 200) });
  await ensureBridgeScript(tab.id);
  const delivered = await deliver(tab.id, await readLedger(ctx.db));
  // Checked here again: the content script validated it, but the background trusts no relay.
  const offer = parseOffer(await askBridge(tab.id, 'bridge.request', {}));
  const stored = await storeAppOffer(ctx, origin, offer);
  return { origin, records: stored.records, photos: stored.photos, delivered };
}

/** Tells every open app tab what happened to these records; the count of results it stored. */
export async function reportToApp(db: LenteraDB, recordKeys: readonly string[]): Promise<number> {
  const keys = new Set(recordKeys);
  const entries = (await readLedger(db)).filter((entry) => keys.has(entry.recordKey));
  if (entries.length === 0) return 0;
  let delivered = 0;
  for (const tab of await appTabs()) {
    if (tab.id === undefined) continue;
    try {
      delivered = Math.max(delivered, await deliver(tab.id, entries));
    } catch (error) {
      // The app will get these at the next pull; a closed or reloading tab is not a failure.
      console.warn('could not report to the app tab', error);
    }
  }
  return delivered;
}

export async function bridgeStatus(db: LenteraDB): Promise<BridgeStatus> {
  const [origins, tabs, records, last] = await Promise.all([
    readAppOrigins(),
    appTabs(),
    readAppRecords(db),
    lastPullAt(db),
  ]);
  return { origins, openTabs: tabs.length, records: records.length, lastPullAt: last };
}

/** Runs the bridge on an app origin the user has granted, including its tabs already open. */
export async function connectApp(db: LenteraDB, text: string): Promise<BridgeStatus> {
  const origin = toOrigin(text);
  if (origin === null) throw new AppError('input.invalid', { detail: text.slice(0, 200) });
  await writeAppOrigins([...(await readAppOrigins()), origin]);
  await syncContentScripts();
  for (const tab of await appTabs()) {
    if (tab.id !== undefined) await ensureBridgeScript(tab.id).catch((error: unknown) => console.warn(error));
  }
  return bridgeStatus(db);
}

export async function disconnectApp(db: LenteraDB, text: string): Promise<BridgeStatus> {
  const origin = toOrigin(text);
  await writeAppOrigins((await readAppOrigins()).filter((o) => o !== origin));
  await syncContentScripts();
  return bridgeStatus(db);
}
