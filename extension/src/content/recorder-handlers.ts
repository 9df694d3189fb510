/**
 * Content-script side of "map this form": the panel connects a port named `lentera-recorder` to
 * the tab's top frame and sends `start`; the recorder reports every pick on the port until the
 * user presses Escape or "done", the panel sends `stop`, or the port closes (the panel was
 * closed). One recording at a time; a new connection ends the previous one.
 */
import type { Handlers } from '../../../shared/messages';
import { api } from '../platform/browser';
import { startRecorder } from './recorder-overlay';
import { parsePanelMessage, RECORDER_PORT, type RecorderToPanel } from './recorder-protocol';

export function recorderHandlers(signal: AbortSignal): Handlers {
  // Frames other than the top one do not record: the panel connects to frame 0 only.
  if (window.top !== window) return {};
  let stopCurrent: (() => void) | null = null;

  const onConnect = (port: chrome.runtime.Port) => {
    if (port.name !== RECORDER_PORT) return;
    stopCurrent?.();
    stopCurrent = null;
    const send = (message: RecorderToPanel) => {
      try {
        port.postMessage(message);
      } catch {
        // The panel went away; onDisconnect cleans up.
      }
    };
    // This connection's own recording, so a late disconnect never ends a newer one.
    let mine: (() => void) | null = null;
    const stopMine = () => {
      if (mine === null) return;
      mine();
      if (stopCurrent === mine) stopCurrent = null;
      mine = null;
    };
    port.onMessage.addListener((raw: unknown) => {
      const message = parsePanelMessage(raw);
      if (message === null) return;
      stopMine();
      if (message.kind === 'stop') return;
      stopCurrent?.();
      const stop = startRecorder(document, message.texts, {
        onPick: (field) => send({ kind: 'picked', field }),
        onEnd: (reason) => {
          if (stopCurrent === stop) stopCurrent = null;
          mine = null;
          send({ kind: 'ended', reason });
        },
      });
      mine = stop;
      stopCurrent = stop;
    });
    port.onDisconnect.addListener(stopMine);
  };

  api.runtime.onConnect.addListener(onConnect);
  signal.addEventListener('abort', () => {
    stopCurrent?.();
    api.runtime.onConnect.removeListener(onConnect);
  });
  return {};
}
