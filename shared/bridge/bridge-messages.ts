/**
 * Extension-internal messages of the app bridge (side panel → background → bridge content script),
 * declared by augmenting the one message map. The page side of the bridge speaks the window
 * protocol in `bridge-protocol.ts`; these never reach the page.
 */
import type { BridgeResult, RecordsOffer } from './bridge-protocol';

/**
 * The background reaches the bridge script through a runtime port of this name rather than
 * one-off messages: an app tab opened before the user connected it may still hold the fill script
 * too (both answer one-off messages, and the first answer wins), while only the bridge script
 * listens for this port.
 */
export const BRIDGE_PORT = 'lentera-bridge';

export interface BridgePullResult {
  /** The app page the records came from. */
  readonly origin: string;
  readonly records: number;
  readonly photos: number;
  /** Ledger results handed to the app before asking (so its offer leaves out what was sent). */
  readonly delivered: number;
}

export interface BridgeStatus {
  /** App origins the user connected (with port), e.g. `https://lentera.example.org`. */
  readonly origins: readonly string[];
  /** Open tabs of a connected app origin. */
  readonly openTabs: number;
  /** Records received from the app and kept in the extension. */
  readonly records: number;
  readonly lastPullAt: string | null;
}

declare module '../messages' {
  interface MessageMap {
    /** Background → bridge content script (over `BRIDGE_PORT`): ask the app page for its ready records. */
    'bridge.request': { request: Record<string, never>; response: RecordsOffer };
    /** Background → bridge content script: hand ledger results to the app page. */
    'bridge.deliver': { request: { results: readonly BridgeResult[] }; response: { stored: number } };
    /** Panel → background: pull the ready records from an open app tab into the extension. */
    'bridge.pull': { request: Record<string, never>; response: BridgePullResult };
    /** Panel → background: after fills, tell an open app tab what happened to these records. */
    'bridge.report': { request: { recordKeys: readonly string[] }; response: { delivered: number } };
    /** Panel → background: the user granted this app origin; run the bridge there. */
    'bridge.connect': { request: { origin: string }; response: BridgeStatus };
    /** Panel → background: stop the bridge on this app origin (the permission stays). */
    'bridge.disconnect': { request: { origin: string }; response: BridgeStatus };
    'bridge.status': { request: Record<string, never>; response: BridgeStatus };
  }
}
