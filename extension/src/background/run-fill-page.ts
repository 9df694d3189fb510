/**
 * The background's view of the portal tab during a fill: one conversation with the content
 * script of its top frame, surviving full page loads. Every document runs a fresh content script
 * with its own `docId`, so "the page was replaced" is a changed docId; while a page loads nobody
 * answers, and the tab says `loading`. Every wait is bounded and ends in `fill.timeout`.
 */
import { AppError } from '../../../shared/errors';
import type { ExecuteResult, FillFileBytes, PageState } from '../../../shared/fill/fill-messages';
import type { FillPlan } from '../../../shared/fill/fill-plan';
import type { MessageType, RequestOf, ResponseOf } from '../../../shared/messages';
import { askTab, NoAnswer, tabInfo } from '../platform/tabs';
import { ensureFillScript } from './registrations';

const ATTACH_MS = 15_000;
const NAVIGATION_MS = 45_000;
const ASK_MS = 30_000;

export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

function timeout(ms: number): AppError {
  return new AppError('fill.timeout', { seconds: Math.round(ms / 1000) });
}

async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(timeout(ms)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export class TabPage {
  private docId = '';

  constructor(
    readonly tabId: number,
    private readonly signal: AbortSignal,
  ) {}

  private ask<T extends MessageType>(type: T, payload: RequestOf<T>, ms = ASK_MS): Promise<ResponseOf<T>> {
    if (this.signal.aborted) throw new AppError('fill.timeout', { seconds: 0 });
    return within(askTab(this.tabId, type, payload), ms);
  }

  /** Makes sure a content script answers in the tab (injecting it into a page opened before the grant). */
  async attach(): Promise<void> {
    const deadline = Date.now() + ATTACH_MS;
    let injected = false;
    for (;;) {
      try {
        this.docId = (await this.ask('fill.hello', {})).docId;
        return;
      } catch (error) {
        if (!(error instanceof NoAnswer)) throw error;
      }
      const { status } = await tabInfo(this.tabId);
      if (!injected && status === 'complete') {
        injected = true;
        await ensureFillScript(this.tabId).catch(() => undefined);
        continue;
      }
      if (Date.now() > deadline) throw timeout(ATTACH_MS);
      await pause(250, this.signal);
    }
  }

  /**
   * After a press that may have left the page: waits until a new document's content script
   * answers, or until the old one has kept answering with the tab loaded for 2 s (the press did
   * not navigate after all).
   */
  async settleNavigation(): Promise<void> {
    const deadline = Date.now() + NAVIGATION_MS;
    let stillSince = 0;
    for (;;) {
      let current: string | null = null;
      try {
        current = (await this.ask('fill.hello', {}, 5_000)).docId;
      } catch (error) {
        if (!(error instanceof NoAnswer) && !(error instanceof AppError && error.code === 'fill.timeout')) throw error;
      }
      if (current !== null && current !== this.docId) {
        this.docId = current;
        return;
      }
      const { status } = await tabInfo(this.tabId);
      if (current !== null && status === 'complete') {
        stillSince ||= Date.now();
        if (Date.now() - stillSince >= 2_000) return;
      } else {
        stillSince = 0;
      }
      if (Date.now() > deadline) throw timeout(NAVIGATION_MS);
      await pause(200, this.signal);
    }
  }

  collect(selectors: string[]): Promise<ResponseOf<'fill.collect'>> {
    return this.ask('fill.collect', { selectors });
  }

  /** Carries out a range of the plan; null when the page went away before it answered. */
  async execute(
    plan: FillPlan,
    from: number,
    to: number,
    files: Record<string, FillFileBytes>,
    budgetMs: number,
  ): Promise<ExecuteResult | null> {
    try {
      return await this.ask('fill.execute', { plan, from, to, files }, budgetMs);
    } catch (error) {
      if (error instanceof NoAnswer) return null;
      throw error;
    }
  }

  /** What the page shows now; null while no document answers (it is loading). */
  async state(selector?: string): Promise<PageState | null> {
    try {
      return await this.ask('fill.pageState', selector === undefined ? {} : { selector }, 10_000);
    } catch (error) {
      if (error instanceof NoAnswer) return null;
      throw error;
    }
  }
}
