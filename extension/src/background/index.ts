/**
 * The background service worker: routes typed messages, opens the side panel from the toolbar
 * button, and registers the content scripts only for the origins the user granted — never on
 * other sites (see registrations.ts).
 */
import { dispatch, type Handlers } from '../../../shared/messages';
import { api, enableActionOpensPanel } from '../platform/browser';
import { fillHandlers } from './fill-handlers';
import { panelHandlers } from './panel-handlers';
import { syncContentScripts } from './registrations';

const VERSION = api.runtime.getManifest().version;

const handlers: Handlers = {
  ping: () => ({ version: VERSION, part: 'background' }),
  ...fillHandlers(),
  ...panelHandlers(),
};

api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  dispatch(handlers, message).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error }));
  return true;
});

api.runtime.onInstalled.addListener(() => {
  enableActionOpensPanel().catch((error: unknown) => console.error('side panel behaviour', error));
  syncContentScripts().catch((error: unknown) => console.error('content scripts', error));
});
api.runtime.onStartup.addListener(() => {
  syncContentScripts().catch((error: unknown) => console.error('content scripts', error));
});
api.permissions.onAdded.addListener(() => {
  syncContentScripts().catch((error: unknown) => console.error('content scripts', error));
});
api.permissions.onRemoved.addListener(() => {
  syncContentScripts().catch((error: unknown) => console.error('content scripts', error));
});
