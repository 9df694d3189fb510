/**
 * The recorder on the portal page: while it runs, hovering a field outlines it, clicking picks it
 * (the page never sees that click: no submit, no dropdown opening, no navigation), Escape or the
 * "done" button ends it. Its bar and outline live in a closed shadow root, so the portal's CSS
 * cannot restyle them and its scripts cannot reach in. Everything it added goes away when it ends.
 */
import { describeField, pickable } from './recorder-locator';
import type { RecordedField, RecorderTexts } from './recorder-protocol';

const STYLE = `
:host { all: initial; }
.box { position: fixed; pointer-events: none; z-index: 2147483646; border: 3px solid #c2410c;
  background: rgba(234, 88, 12, 0.12); border-radius: 4px; display: none; box-sizing: border-box; }
.box.flash { border-color: #15803d; background: rgba(21, 128, 61, 0.18); }
.bar { position: fixed; top: 8px; left: 50%; transform: translateX(-50%); z-index: 2147483647;
  display: flex; gap: 12px; align-items: center; padding: 8px 8px 8px 16px; max-width: calc(100vw - 32px);
  background: #1c1917; color: #fff; border-radius: 12px; box-shadow: 0 4px 16px rgba(0,0,0,.3);
  font: 600 15px/1.3 system-ui, sans-serif; }
.count { color: #fdba74; white-space: nowrap; }
button { font: inherit; min-height: 44px; padding: 0 16px; border-radius: 10px; border: 0;
  background: #fdba74; color: #1c1917; cursor: pointer; }
`;

export interface RecorderCallbacks {
  onPick(field: RecordedField): void;
  onEnd(reason: 'escape' | 'done'): void;
}

/** Starts recording on `doc`; returns the function that stops it and removes every trace. */
export function startRecorder(doc: Document, texts: RecorderTexts, callbacks: RecorderCallbacks): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  const host = doc.createElement('lentera-recorder');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'box';
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'status');
  const hint = doc.createElement('span');
  hint.textContent = texts.hint;
  const counter = doc.createElement('span');
  counter.className = 'count';
  const done = doc.createElement('button');
  done.type = 'button';
  done.textContent = texts.done;
  bar.append(hint, counter, done);
  shadow.append(style, box, bar);
  doc.documentElement.append(host);

  let picked = 0;
  let hovered: HTMLElement | null = null;
  const showCount = () => {
    counter.textContent = picked === 0 ? '' : texts.picked.replace('{count}', String(picked));
  };
  const outline = () => {
    if (hovered === null || !hovered.isConnected) {
      box.style.display = 'none';
      return;
    }
    const rect = hovered.getBoundingClientRect();
    Object.assign(box.style, {
      display: 'block',
      top: `${rect.top - 3}px`,
      left: `${rect.left - 3}px`,
      width: `${rect.width + 6}px`,
      height: `${rect.height + 6}px`,
    });
  };
  const ours = (event: Event) => event.composedPath().includes(host);
  const targetOf = (event: Event): Element | null => {
    const first = event.composedPath()[0];
    return first instanceof Element ? first : null;
  };

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    controller.abort();
    host.remove();
  };
  const end = (reason: 'escape' | 'done') => {
    stop();
    callbacks.onEnd(reason);
  };

  const win = doc.defaultView ?? window;
  const options = { capture: true, signal };
  win.addEventListener(
    'pointermove',
    (event) => {
      if (ours(event)) return;
      const target = targetOf(event);
      const next = target === null ? null : (pickable(target)?.element ?? null);
      if (next !== hovered) {
        hovered = next;
        box.classList.remove('flash');
      }
      outline();
    },
    options,
  );
  // The page must not react to any press while recording: a click on "Simpan" would submit.
  for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'dblclick', 'auxclick', 'contextmenu']) {
    win.addEventListener(
      type,
      (event) => {
        if (ours(event)) return;
        event.preventDefault();
        event.stopImmediatePropagation();
      },
      options,
    );
  }
  win.addEventListener(
    'click',
    (event) => {
      if (ours(event)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const target = targetOf(event);
      const found = target === null ? null : pickable(target);
      if (found === null) return;
      hovered = found.element;
      outline();
      box.classList.add('flash');
      picked += 1;
      showCount();
      callbacks.onPick(describeField(found));
    },
    options,
  );
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      end('escape');
    },
    options,
  );
  win.addEventListener('scroll', outline, { capture: true, passive: true, signal });
  win.addEventListener('resize', outline, { signal });
  done.addEventListener('click', () => end('done'), { signal });
  return stop;
}
