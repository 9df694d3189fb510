/**
 * The executor: carries out `plan.actions[from..to)` in order, like a person. Policies:
 * - Before every page-changing press (`click`, `submit`, next page) the page is let settle and
 *   every value entered since the last press is read back; if one did not stick, the press is
 *   not made and the call returns — nothing is submitted with a wrong value.
 * - A press ends the call: the page may be navigating away, and the background decides what
 *   comes next (wait for the new document, check success, plan again).
 * - `waitFor` polls until its selector or text appears; on time-out it reports the page's own
 *   complaints (a wizard that refused "Proses") rather than a bare time-out.
 */
import { AppError } from '../../../shared/errors';
import type { ReadBack } from '../../../shared/fill/check-read-back';
import { compareReadBack } from '../../../shared/fill/check-read-back';
import { normalizeText } from '../../../shared/fill/collected-field';
import type { ExecuteResult, FillFileBytes } from '../../../shared/fill/fill-messages';
import type { FillAction, FillPlan, FillWarning } from '../../../shared/fill/fill-plan';
import { describeOptions, matchOption } from '../../../shared/fill/match-option';
import { chooseFile, chooseOption, press, setChecked, typeValue } from './execute-input';
import { allDocuments, documentAt, resolveTarget } from './frames-walk';
import { poll, settle, sleep } from './page-settle';
import { invalidMessageOf, pageErrors, readBack } from './read-back-fields';
import { chooseSelect2 } from './select2-choose';

export function isPress(action: FillAction): boolean {
  return action.action === 'click' || action.action === 'submit';
}

function need(top: Document, action: FillAction): Element {
  const element = action.target === null ? null : resolveTarget(top, action.target);
  if (element === null) throw new AppError('fill.targetNotFound', { step: action.step, field: action.field });
  return element;
}

async function waitForOption(
  select: HTMLSelectElement,
  action: FillAction & { action: 'selectOption' },
  signal: AbortSignal,
): Promise<string> {
  const ready = (): string | null => {
    if (select.disabled) return null;
    const options = Array.from(select.options).map((o) => ({ value: o.value, text: o.text }));
    return matchOption(options, action.value)?.value ?? null;
  };
  const found = await poll(ready, action.waitForOptionsMs, signal);
  if (found !== null) return found;
  if (select.disabled || select.getAttribute('aria-busy') === 'true') {
    throw new AppError('fill.timeout', {
      seconds: Math.round(action.waitForOptionsMs / 1000),
      step: action.step,
      field: action.field,
    });
  }
  const options = Array.from(select.options).map((o) => ({ value: o.value, text: o.text }));
  throw new AppError('formMap.invalid', {
    path: `step ${action.step}`,
    detail: `"${action.value}" is not an option of "${action.field}"; options: ${describeOptions(options)}`,
  });
}

function waitTarget(top: Document, action: FillAction & { action: 'waitFor' }): boolean {
  const docs = action.frame === null ? allDocuments(top) : framesMatching(top, action.frame);
  return docs.some((doc) => {
    const selectorOk = action.selector === null || doc.querySelector(action.selector) !== null;
    // biome-ignore lint/performance/useDomNodeTextContent: only text a person can see counts
    const shown = doc.body?.innerText ?? '';
    const textOk = action.text === null || normalizeText(shown).includes(normalizeText(action.text));
    return selectorOk && textOk;
  });
}

function framesMatching(top: Document, frameCss: string): Document[] {
  return allDocuments(top).flatMap((doc) =>
    Array.from(doc.querySelectorAll(frameCss)).flatMap((frame) => {
      try {
        const inner = (frame as HTMLIFrameElement).contentDocument;
        return inner === null ? [] : [inner];
      } catch {
        return [];
      }
    }),
  );
}

async function waitFor(
  top: Document,
  action: FillAction & { action: 'waitFor' },
  signal: AbortSignal,
  warnings: FillWarning[],
): Promise<void> {
  const errorsAtStart = new Set(pageErrors(top));
  let complaintsSince = 0;
  const probe = (): true | null => {
    if (waitTarget(top, action)) return true;
    // The page refused to go on (red errors that were not there before): no use waiting longer.
    const fresh = pageErrors(top).filter((e) => !errorsAtStart.has(e));
    if (fresh.length === 0) complaintsSince = 0;
    else if (complaintsSince === 0) complaintsSince = Date.now();
    return null;
  };
  const deadline = Date.now() + action.timeoutMs;
  while (Date.now() < deadline) {
    if ((await poll(probe, Math.min(250, deadline - Date.now()), signal)) !== null) return;
    if (complaintsSince !== 0 && Date.now() - complaintsSince > 1_500) break;
  }
  const fresh = pageErrors(top).filter((e) => !errorsAtStart.has(e));
  if (fresh.length > 0) {
    throw new AppError('fill.valueRejected', { step: action.step, field: action.field, actual: fresh.join(' | ') });
  }
  if (action.optional) {
    warnings.push({
      key: 'extension.warning.optionalSkipped',
      step: action.step,
      values: { step: action.step, field: action.field },
    });
    return;
  }
  throw new AppError('fill.timeout', {
    seconds: Math.round(action.timeoutMs / 1000),
    step: action.step,
    field: action.field,
  });
}

async function act(
  top: Document,
  action: FillAction,
  files: Record<string, FillFileBytes>,
  signal: AbortSignal,
  warnings: FillWarning[],
): Promise<void> {
  switch (action.action) {
    case 'setValue':
      typeValue(need(top, action), action.value);
      return;
    case 'selectOption': {
      const select = need(top, action) as HTMLSelectElement;
      const value = action.option?.value ?? (await waitForOption(select, action, signal));
      chooseOption(select, value);
      return;
    }
    case 'select2':
      await chooseSelect2(
        need(top, action),
        {
          step: action.step,
          field: action.field,
          wanted: action.value,
          option: action.option,
          search: action.search,
          waitForOptionsMs: action.waitForOptionsMs,
        },
        signal,
      );
      return;
    case 'check':
      setChecked(need(top, action), action.checked);
      return;
    case 'upload': {
      const bytes = files[action.photo.id];
      if (bytes === undefined) throw new AppError('db.notFound', { what: `photo ${action.photo.name}` });
      chooseFile(need(top, action), bytes);
      return;
    }
    case 'waitFor':
      await waitFor(top, action, signal, warnings);
      return;
    case 'click':
    case 'submit':
      press(need(top, action));
      return;
  }
}

/**
 * Presses, then reports whether the page started to unload (a link, a classic form POST). Waits
 * until the page either starts to leave or, having reacted in place, has been quiet for 300 ms
 * (a wizard step, an AJAX save); at most 1.5 s, after which the background still notices a late
 * navigation by the page no longer answering.
 */
async function pressAndWatch(top: Document, action: FillAction, signal: AbortSignal): Promise<boolean> {
  const element = need(top, action);
  const view = (documentAt(top, action.target?.framePath ?? []) ?? top).defaultView ?? window;
  let leaving = false;
  let changedAt = 0;
  const onLeave = (): void => {
    leaving = true;
  };
  const observer = new MutationObserver(() => {
    changedAt = Date.now();
  });
  view.addEventListener('beforeunload', onLeave);
  view.addEventListener('pagehide', onLeave);
  observer.observe(top.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  try {
    press(element);
    const started = Date.now();
    // Answer as soon as the page starts to leave: the reply must go out before it is gone.
    while (!leaving && Date.now() - started < 1_500) {
      if (changedAt !== 0 && Date.now() - changedAt >= 300 && Date.now() - started >= 400) break;
      await sleep(50, signal);
    }
    return leaving;
  } finally {
    observer.disconnect();
    view.removeEventListener('beforeunload', onLeave);
    view.removeEventListener('pagehide', onLeave);
  }
}

export async function executeRange(
  top: Document,
  plan: FillPlan,
  from: number,
  to: number,
  files: Record<string, FillFileBytes>,
  signal: AbortSignal,
): Promise<ExecuteResult> {
  const reads: ReadBack[] = [];
  const warnings: FillWarning[] = [];
  const before = new Map<number, string>();
  let pending: number[] = [];
  const readPending = async (): Promise<boolean> => {
    if (pending.length === 0) return true;
    await settle(top, signal);
    const fresh = pending.map((i) => {
      const action = plan.actions[i];
      return action === undefined ? null : readBack(top, action, i, before.get(i) ?? '');
    });
    const got = fresh.filter((r): r is ReadBack => r !== null);
    reads.push(...got);
    pending = [];
    return compareReadBack(plan, got).problems.length === 0;
  };
  for (let i = from; i < Math.min(to, plan.actions.length); i++) {
    const action = plan.actions[i];
    if (action === undefined) break;
    if (isPress(action)) {
      if (!(await readPending())) return { reads, stop: { kind: 'readBackFailed', actionIndex: i }, warnings };
      const navigating = await pressAndWatch(top, action, signal);
      return { reads, stop: { kind: 'clicked', actionIndex: i, navigating }, warnings };
    }
    if (action.target !== null) {
      const element = resolveTarget(top, action.target);
      before.set(i, element === null ? '' : invalidMessageOf(element));
    }
    await act(top, action, files, signal, warnings);
    if (action.expect !== null) pending.push(i);
  }
  await readPending();
  return { reads, stop: { kind: 'end' }, warnings };
}
