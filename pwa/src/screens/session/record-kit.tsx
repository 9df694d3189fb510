/**
 * Pieces the three recording tabs share: a per-key write queue with an honest optimistic display,
 * a bottom sheet, and the lock that keeps a finished session from being changed by accident.
 *
 * The write queue's promise: taps on one card are written one after another in tap order, none is
 * dropped; the card shows what was tapped at once, marked as "saving" until its write committed;
 * when a write fails, the queued taps of that card are dropped, the card falls back to what is on
 * disk, and the error is shown. Entries leave the queue once the live query shows the same value
 * (or after a short grace, should another tab have changed the row meanwhile).
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { describeError } from '../../../../shared/i18n/translate';
import { useApp, useT } from '../../app-context';
import { Banner, Button } from '../../ui/kit';

interface Entry<V> {
  readonly value: V;
  /** True while a write of this key is queued or running. */
  readonly busy: boolean;
}

interface Chain {
  tail: Promise<void>;
  queued: number;
  generation: number;
}

const GRACE_MS = 2000;

export interface WriteQueue<V> {
  /** What to show for a key: the last tapped value while it is pending, else what is on disk. */
  shown(key: string): V;
  /** True while a write of the key is queued or running (the value shown is not saved yet). */
  saving(key: string): boolean;
  /**
   * Records a tap: `next` gets the value shown right now (also between renders, so taps faster
   * than the screen repaints still each advance one step) and returns the new one to write.
   */
  enqueue(key: string, next: (shown: V) => V, write: (value: V) => Promise<unknown>): void;
}

/** `onDisk` reads the saved value of a key from the tab's live query. */
export function useWriteQueue<V>(onDisk: (key: string) => V): WriteQueue<V> {
  const app = useApp();
  const entries = useRef(new Map<string, Entry<V>>());
  const chains = useRef(new Map<string, Chain>());
  const disk = useRef(onDisk);
  disk.current = onDisk;
  const [, setVersion] = useState(0);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const rerender = useCallback(() => {
    if (mounted.current) setVersion((v) => v + 1);
  }, []);

  // Settled entries give way to the disk as soon as the live query shows their value.
  useEffect(() => {
    let changed = false;
    for (const [key, entry] of entries.current) {
      if (!entry.busy && disk.current(key) === entry.value) {
        entries.current.delete(key);
        changed = true;
      }
    }
    if (changed) rerender();
  });

  const shown = useCallback((key: string): V => {
    const entry = entries.current.get(key);
    return entry === undefined ? disk.current(key) : entry.value;
  }, []);

  const enqueue = useCallback(
    (key: string, next: (current: V) => V, write: (value: V) => Promise<unknown>) => {
      const value = next(shown(key));
      const chain = chains.current.get(key) ?? { tail: Promise.resolve(), queued: 0, generation: 0 };
      chains.current.set(key, chain);
      const generation = chain.generation;
      chain.queued += 1;
      entries.current.set(key, { value, busy: true });
      rerender();
      chain.tail = chain.tail.then(async () => {
        if (chain.generation !== generation) return;
        try {
          await write(value);
          chain.queued -= 1;
          if (chain.queued > 0) return;
          entries.current.set(key, { value, busy: false });
          rerender();
          // Should another tab change the row meanwhile, the disk wins after a moment anyway.
          setTimeout(() => {
            if (entries.current.get(key)?.busy === false) {
              entries.current.delete(key);
              rerender();
            }
          }, GRACE_MS);
        } catch (error) {
          console.error(error);
          chain.generation += 1;
          chain.queued = 0;
          entries.current.delete(key);
          rerender();
          app.notify(describeError(app.lang, error), 'error');
        }
      });
    },
    [app, shown, rerender],
  );

  return { shown, saving: (key) => entries.current.get(key)?.busy ?? false, enqueue };
}

/** A modal bottom sheet on the native <dialog>: focus stays inside, Escape and the close button close it. */
export function Sheet(props: { title: string; onClose: () => void; children: ComponentChildren; testId?: string }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const { onClose } = props;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      class="sheet"
      aria-labelledby="sheet-title"
      data-testid={props.testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div class="sheet-head">
        <h2 id="sheet-title">{props.title}</h2>
        <Button onClick={onClose}>{t('run.close')}</Button>
      </div>
      <div class="sheet-body">{props.children}</div>
    </dialog>
  );
}

/**
 * A finished session shows what was recorded; changing it takes one deliberate tap ("Koreksi").
 * Returns whether the tab may write.
 */
export function useCorrectionLock(finished: boolean): { editable: boolean; notice: ComponentChildren } {
  const t = useT();
  const [unlocked, setUnlocked] = useState(false);
  if (!finished) return { editable: true, notice: null };
  return {
    editable: unlocked,
    notice: (
      <Banner tone={unlocked ? 'warn' : 'info'}>
        <p>{t(unlocked ? 'run.finished.unlocked' : 'run.finished.locked')}</p>
        {!unlocked && <Button onClick={() => setUnlocked(true)}>{t('run.finished.correct')}</Button>}
      </Banner>
    ),
  };
}

/**
 * A bar that sticks right under the screen's own sticky header, whose height changes with the
 * title's length and the screen's width: measured, not guessed.
 */
export function StickyBar(props: { class?: string; testId?: string; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const bar = ref.current;
    const head = bar?.closest('.screen')?.querySelector<HTMLElement>('.screen-head');
    if (bar === null || bar === undefined || head === null || head === undefined) return;
    const place = () => bar.style.setProperty('--run-sticky-top', `${head.getBoundingClientRect().height}px`);
    place();
    const observer = new ResizeObserver(place);
    observer.observe(head);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} class={`record-sticky ${props.class ?? ''}`} data-testid={props.testId}>
      {props.children}
    </div>
  );
}

/** Two to four mutually exclusive big buttons (a segmented control). */
export function Segmented<K extends string>(props: {
  label: string;
  value: K;
  options: readonly { key: K; label: string }[];
  onChange: (key: K) => void;
}) {
  return (
    <fieldset class="segmented">
      <legend class="visually-hidden">{props.label}</legend>
      {props.options.map((option) => (
        <button
          key={option.key}
          type="button"
          class={`seg${option.key === props.value ? ' seg-on' : ''}`}
          aria-pressed={option.key === props.value}
          onClick={() => props.onChange(option.key)}
        >
          {option.label}
        </button>
      ))}
    </fieldset>
  );
}

const ICONS = {
  // Simple outlines drawn here rather than emoji: not every device has a colour emoji font.
  camera: 'M4 8h3l2-3h6l2 3h3v11H4z M12 17a4 4 0 1 0 0-8 4 4 0 0 0 0 8z',
  gallery: 'M4 5h16v14H4z M4 16l5-5 4 4 3-3 4 4 M15.5 9.5a1.5 1.5 0 1 0 0-.01',
  speaker: 'M4 9h4l5-4v14l-5-4H4z M16 9a4 4 0 0 1 0 6 M18.5 6.5a7.5 7.5 0 0 1 0 11',
  stop: 'M7 7h10v10H7z',
} as const;

/** A decorative icon beside a text label (hidden from screen readers: the label says it). */
export function Icon(props: { name: keyof typeof ICONS }) {
  return (
    <svg
      class="icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linejoin="round"
      stroke-linecap="round"
    >
      <path d={ICONS[props.name]} />
    </svg>
  );
}
