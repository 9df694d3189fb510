/**
 * The content script on a granted portal page. It starts once per frame, answers typed messages
 * from the side panel (through the background), and cleans up through an AbortSignal when the
 * extension is reloaded. Values reach the page only as field values: nothing is injected into the
 * page's own JavaScript world.
 */
import { dispatch, type Handlers } from '../../../shared/messages';
import { api } from '../platform/browser';
import { fillHandlers } from './fill-handlers';
import { recorderHandlers } from './recorder-handlers';

const MARK = '__lenteraFill';
const scope = globalThis as unknown as Record<string, AbortController | undefined>;

scope[MARK]?.abort();
const controller = new AbortController();
scope[MARK] = controller;

const handlers: Handlers = {
  ping: () => ({ version: api.runtime.getManifest().version, part: 'content' }),
  ...fillHandlers(controller.signal),
  ...recorderHandlers(controller.signal),
};

function onMessage(message: unknown, _sender: chrome.runtime.MessageSender, sendResponse: (reply: unknown) => void) {
  if (controller.signal.aborted) return false;
  dispatch(handlers, message).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error }));
  return true;
}

api.runtime.onMessage.addListener(onMessage);
controller.signal.addEventListener('abort', () => api.runtime.onMessage.removeListener(onMessage));
