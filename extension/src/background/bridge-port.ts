/**
 * One request to the bridge script in an app tab, over a runtime port (see `BRIDGE_PORT`): connect,
 * send `{ type, payload }`, take the one reply, disconnect. No bridge script in the tab means the
 * port closes at once, which is reported as such so the caller can inject it.
 */
import { BRIDGE_PORT } from '../../../shared/bridge/bridge-messages';
import { AppError } from '../../../shared/errors';
import { type MessageType, type RequestOf, type ResponseOf, unwrap } from '../../../shared/messages';
import { api } from '../platform/browser';

export async function askBridge<T extends MessageType>(
  tabId: number,
  type: T,
  payload: RequestOf<T>,
  timeoutMs = 60_000,
): Promise<ResponseOf<T>> {
  return new Promise((resolve, reject) => {
    const port = api.tabs.connect(tabId, { name: BRIDGE_PORT, frameId: 0 });
    const timer = setTimeout(() => {
      port.disconnect();
      reject(new AppError('fill.timeout', { seconds: Math.round(timeoutMs / 1000) }));
    }, timeoutMs);
    port.onMessage.addListener((reply: unknown) => {
      clearTimeout(timer);
      port.disconnect();
      try {
        resolve(unwrap<ResponseOf<T>>(reply));
      } catch (error) {
        reject(error);
      }
    });
    port.onDisconnect.addListener(() => {
      clearTimeout(timer);
      reject(new AppError('message.invalid', { detail: 'no bridge in the tab' }));
    });
    port.postMessage({ type, payload });
  });
}
