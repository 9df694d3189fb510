/**
 * The extension's platform layer: every browser API the extension uses goes through here, so a
 * Firefox build (sidebar_action instead of side panel, event page instead of service worker) only
 * changes this file. Nothing outside extension/src/platform calls `chrome.*` directly.
 */
import { type MessageType, type RequestOf, type ResponseOf, unwrap } from '../../../shared/messages';

export const api = globalThis.chrome;

/** Sends a typed message to the background service worker. */
export async function sendToBackground<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  return unwrap<ResponseOf<T>>(await api.runtime.sendMessage({ type, payload }));
}

/** Sends a typed message to the content script in a tab (top frame). */
export async function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: RequestOf<T>,
  frameId = 0,
): Promise<ResponseOf<T>> {
  return unwrap<ResponseOf<T>>(await api.tabs.sendMessage(tabId, { type, payload }, { frameId }));
}

/** `https://portal.example.go.id` → `https://portal.example.go.id/*`, the match pattern for one origin. */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

export async function grantedOrigins(): Promise<string[]> {
  const all = await api.permissions.getAll();
  return (all.origins ?? []).filter((origin) => origin !== '<all_urls>');
}

/** Asks the user for access to one origin; must run from a user gesture in an extension page. */
export async function requestOrigin(origin: string): Promise<boolean> {
  return api.permissions.request({ origins: [originPattern(origin)] });
}

export async function hasOrigin(origin: string): Promise<boolean> {
  return api.permissions.contains({ origins: [originPattern(origin)] });
}

export async function openSidePanel(windowId: number): Promise<void> {
  if (api.sidePanel !== undefined) await api.sidePanel.open({ windowId });
}

export async function enableActionOpensPanel(): Promise<void> {
  if (api.sidePanel !== undefined) await api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
}
