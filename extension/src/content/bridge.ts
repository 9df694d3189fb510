/**
 * The bridge content script, registered only on the Lentera app origins the user connected (never
 * on a portal). It relays between the extension (typed runtime messages) and the app page (the
 * window protocol of shared/bridge/bridge-protocol.ts): every message from the page is checked for
 * this window, this origin, the channel, the version and its schema before anything is relayed.
 * The background talks to it over a runtime port (`BRIDGE_PORT`). It starts once per page and
 * cleans up through an AbortSignal when the extension reloads (or it is injected again).
 */

import { BRIDGE_PORT } from '../../../shared/bridge/bridge-messages';
import {
  type AppToExtension,
  acceptFromApp,
  BRIDGE_VERSION,
  type ExtensionToApp,
  envelope,
  newRequestId,
} from '../../../shared/bridge/bridge-protocol';
import { AppError, fromErrorData, toErrorData } from '../../../shared/errors';
import { dispatch, type Handlers } from '../../../shared/messages';
import { api } from '../platform/browser';

const MARK = '__lenteraBridge';
const TIMEOUT_MS = 30_000;
const scope = globalThis as unknown as Record<string, AbortController | undefined>;

scope[MARK]?.abort();
const controller = new AbortController();
scope[MARK] = controller;
const { signal } = controller;

const waiting = new Map<string, (reply: AppToExtension) => void>();

function post(message: ExtensionToApp): void {
  window.postMessage(envelope('extension', message), location.origin);
}

window.addEventListener(
  'message',
  (event) => {
    const accepted = acceptFromApp(
      { data: event.data, origin: event.origin, fromSameWindow: event.source === window },
      location.origin,
    );
    if (!accepted.ok) {
      if (accepted.reason === 'notOurs') return;
      console.warn('Lentera bridge refused a message:', accepted.reason, accepted.detail);
      // An app speaking another version answers every request so: say so now, not after a time-out.
      if (accepted.reason === 'version') {
        const error = new AppError('message.invalid', {
          detail: `bridge version ${accepted.detail} (app) ≠ ${BRIDGE_VERSION} (extension): update both`,
        });
        for (const [id, settle] of waiting) settle({ kind: 'error', requestId: id, error: toErrorData(error) });
      }
      return;
    }
    const { message } = accepted;
    if (message.kind === 'hello') return;
    waiting.get(message.requestId)?.(message);
  },
  { signal },
);

/** Posts a request to the page and waits for the answer with the same request id. */
function ask(message: ExtensionToApp & { requestId: string }): Promise<AppToExtension> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(message.requestId);
      reject(new AppError('fill.timeout', { seconds: TIMEOUT_MS / 1000 }));
    }, TIMEOUT_MS);
    waiting.set(message.requestId, (reply) => {
      clearTimeout(timer);
      waiting.delete(message.requestId);
      resolve(reply);
    });
    post(message);
  });
}

function unexpected(reply: AppToExtension): never {
  if (reply.kind === 'error') throw fromErrorData(reply.error);
  throw new AppError('message.invalid', { detail: `unexpected ${reply.kind}` });
}

const handlers: Handlers = {
  ping: () => ({ version: api.runtime.getManifest().version, part: 'bridge' }),
  'bridge.request': async () => {
    const reply = await ask({ kind: 'records.request', requestId: newRequestId() });
    return reply.kind === 'records.offer' ? reply : unexpected(reply);
  },
  'bridge.deliver': async (payload) => {
    const reply = await ask({ kind: 'results.report', requestId: newRequestId(), results: payload.results });
    return reply.kind === 'results.ack' ? { stored: reply.stored } : unexpected(reply);
  },
};

/** The background's requests arrive on the bridge port: one request, one reply. */
function onConnect(port: chrome.runtime.Port) {
  if (port.name !== BRIDGE_PORT || signal.aborted) return;
  port.onMessage.addListener((message: unknown) => {
    dispatch(handlers, message).then(
      (reply) => {
        try {
          port.postMessage(reply);
        } catch {
          // The background gave up (time-out) and closed the port.
        }
      },
      (error: unknown) => console.error(error),
    );
  });
}

/**
 * One-off messages: only `ping`. The tab may also hold the fill script (the app was open before
 * the user connected it); answering its message types here would race its own replies.
 */
function onMessage(message: unknown, _sender: chrome.runtime.MessageSender, sendResponse: (reply: unknown) => void) {
  if (signal.aborted || (message as { type?: unknown } | null)?.type !== 'ping') return false;
  dispatch(handlers, message).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error }));
  return true;
}

api.runtime.onConnect.addListener(onConnect);
api.runtime.onMessage.addListener(onMessage);
signal.addEventListener('abort', () => {
  api.runtime.onConnect.removeListener(onConnect);
  api.runtime.onMessage.removeListener(onMessage);
});
post({ kind: 'hello' });
