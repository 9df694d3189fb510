/**
 * Content scripts run only on origins the user granted. The manifest declares none; this keeps
 * dynamic registrations whose `matches` are exactly the granted origins, updated whenever a
 * permission is added or removed or an app origin is connected:
 * - the fill script on every granted origin except the connected Lentera app origins;
 * - the bridge script only on connected app origins that are granted, top frame only.
 * A page opened before its grant gets the script injected when the panel first needs it.
 */
import bridgeScriptFile from '../content/bridge.ts?script&iife';
import fillScriptFile from '../content/fill.ts?script&iife';
import { api, grantedOrigins, hasOrigin } from '../platform/browser';
import { appPattern, readAppOrigins } from './bridge-origins';
import { askBridge } from './bridge-port';

const FILL_SCRIPT_ID = 'lentera-fill';
const BRIDGE_SCRIPT_ID = 'lentera-bridge';

/** Connected app origins whose host access is granted. */
export async function grantedAppOrigins(): Promise<string[]> {
  const origins = await readAppOrigins();
  const granted = await Promise.all(origins.map((origin) => hasOrigin(origin)));
  return origins.filter((_, i) => granted[i]);
}

export async function syncContentScripts(): Promise<void> {
  const [origins, apps] = await Promise.all([grantedOrigins(), grantedAppOrigins()]);
  const ids = [FILL_SCRIPT_ID, BRIDGE_SCRIPT_ID];
  const existing = await api.scripting.getRegisteredContentScripts({ ids });
  if (existing.length > 0) await api.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  const appPatterns = apps.map(appPattern);
  const scripts: chrome.scripting.RegisteredContentScript[] = [];
  if (origins.length > 0) {
    scripts.push({
      id: FILL_SCRIPT_ID,
      js: [fillScriptFile],
      matches: origins,
      ...(appPatterns.length > 0 && { excludeMatches: appPatterns }),
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  }
  if (appPatterns.length > 0) {
    scripts.push({
      id: BRIDGE_SCRIPT_ID,
      js: [bridgeScriptFile],
      matches: appPatterns,
      allFrames: false,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  }
  if (scripts.length > 0) await api.scripting.registerContentScripts(scripts);
}

async function answersPing(tabId: number, part: string): Promise<boolean> {
  try {
    const reply = (await api.tabs.sendMessage(tabId, { type: 'ping', payload: {} }, { frameId: 0 })) as {
      ok?: boolean;
      value?: { part?: string };
    };
    return reply?.ok === true && reply.value?.part === part;
  } catch {
    return false;
  }
}

/** Makes sure the bridge script runs in an app tab opened before the user connected it. */
export async function ensureBridgeScript(tabId: number): Promise<void> {
  try {
    await askBridge(tabId, 'ping', {}, 3_000);
  } catch {
    await api.scripting.executeScript({ target: { tabId }, files: [bridgeScriptFile] });
  }
}

/** Makes sure the fill script runs in a portal tab opened before the user granted its site. */
export async function ensureFillScript(tabId: number): Promise<void> {
  if (await answersPing(tabId, 'content')) return;
  await api.scripting.executeScript({ target: { tabId, allFrames: true }, files: [fillScriptFile] });
}
