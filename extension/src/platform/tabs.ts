/**
 * Tab-side browser APIs the filling engine needs, kept in the platform layer beside browser.ts:
 * reading a tab's address, putting the content script into a tab that was open before its site
 * was granted, messaging its top frame while telling "no page there (yet)" apart from an error
 * the page answered with, broadcasting progress, and keeping the service worker awake while a
 * fill waits on a slow portal.
 */
import { AppError, isAppError } from '../../../shared/errors';
import { type MessageType, type RequestOf, type ResponseOf, unwrap } from '../../../shared/messages';
import { api } from './browser';

export interface TabInfo {
  readonly url: string;
  readonly status: string;
}

export async function tabInfo(tabId: number): Promise<TabInfo> {
  try {
    const tab = await api.tabs.get(tabId);
    return { url: tab.url ?? '', status: tab.status ?? '' };
  } catch {
    throw new AppError('input.invalid', { detail: `no tab ${tabId}` });
  }
}

/** Runs the content script file in every frame of a tab (it starts once per frame, see content/fill.ts). */
export async function injectScript(tabId: number, file: string): Promise<void> {
  await api.scripting.executeScript({ target: { tabId, allFrames: true }, files: [file] });
}

/** Thrown when no content script answered: the page is loading, navigating or was never injected. */
export class NoAnswer extends Error {
  override readonly name = 'NoAnswer';
}

/**
 * Sends a typed message to the top frame's content script. An error the content script answered
 * with comes back as that AppError; a missing or vanished receiver as `NoAnswer`.
 */
export async function askTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  let reply: unknown;
  try {
    reply = await api.tabs.sendMessage(tabId, { type, payload }, { frameId: 0 });
  } catch (error) {
    throw new NoAnswer(error instanceof Error ? error.message : String(error));
  }
  if (reply === undefined) throw new NoAnswer('no reply');
  try {
    return unwrap<ResponseOf<T>>(reply);
  } catch (error) {
    throw isAppError(error) ? error : new NoAnswer(String(error));
  }
}

/** Tells every extension page (the side panel) something; nobody listening is fine. */
export function broadcast<T extends MessageType>(type: T, payload: RequestOf<T>): void {
  api.runtime.sendMessage({ type, payload }).catch(() => undefined);
}

/**
 * A service worker is stopped after about 30 s without extension events; a fill can wait longer
 * on a slow portal. A cheap API call every 20 s counts as activity, until `signal` aborts.
 */
export function keepAwake(signal: AbortSignal): void {
  const timer = setInterval(() => {
    api.runtime.getPlatformInfo().catch(() => undefined);
  }, 20_000);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
