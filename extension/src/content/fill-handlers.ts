/**
 * Content-script handlers for collecting fields and executing fill plans, in the top frame only
 * (it reaches same-origin frames itself; other frames' copies stay silent). Only the extension's
 * background sends these; payloads are still checked for shape before use. One execution at a
 * time: a second one while the first runs is refused.
 */
import * as v from 'valibot';
import { AppError } from '../../../shared/errors';
import type { FillFileBytes } from '../../../shared/fill/fill-messages';
import type { FillPlan } from '../../../shared/fill/fill-plan';
import type { Handlers } from '../../../shared/messages';
import { newId } from '../../../shared/model/ids';
import { collectFields } from './collect-fields';
import { executeRange } from './execute-plan';
import { allDocuments } from './frames-walk';
import { pageErrors, pageText } from './read-back-fields';

const selectorsSchema = v.object({
  selectors: v.pipe(v.array(v.pipe(v.string(), v.maxLength(2_000))), v.maxLength(500)),
});
const fileSchema = v.object({ name: v.string(), mimeType: v.string(), base64: v.string() });
const executeSchema = v.object({
  plan: v.object({ actions: v.array(v.object({ action: v.string() })) }),
  from: v.pipe(v.number(), v.integer(), v.minValue(0)),
  to: v.pipe(v.number(), v.integer(), v.minValue(0)),
  files: v.record(v.string(), fileSchema),
});
const pageStateSchema = v.object({ selector: v.optional(v.pipe(v.string(), v.maxLength(2_000))) });

function hasMatch(doc: Document, selector: string): boolean {
  try {
    return doc.querySelector(selector) !== null;
  } catch {
    return false;
  }
}

function checked<T>(schema: v.GenericSchema<unknown, T>, payload: unknown): T {
  const result = v.safeParse(schema, payload);
  if (!result.success) throw new AppError('message.invalid', { detail: 'payload' });
  return result.output;
}

export function fillHandlers(signal: AbortSignal): Handlers {
  // Tells the background when the page was replaced: a new document runs a new content script.
  const docId = newId();
  let busy = false;
  const isTop = window.top === window;
  const onlyTop = (): void => {
    if (!isTop) throw new AppError('message.invalid', { detail: 'not the top frame' });
  };
  return {
    'fill.hello': () => {
      onlyTop();
      return { docId, url: document.URL };
    },
    'fill.collect': (payload) => {
      onlyTop();
      const { selectors } = checked(selectorsSchema, payload);
      return collectFields(document, selectors);
    },
    'fill.execute': async (payload) => {
      onlyTop();
      checked(executeSchema, payload);
      if (busy) throw new AppError('message.invalid', { detail: 'a fill is already running on this page' });
      busy = true;
      try {
        const { plan, from, to, files } = payload as {
          plan: FillPlan;
          from: number;
          to: number;
          files: Record<string, FillFileBytes>;
        };
        return await executeRange(document, plan, from, to, files, signal);
      } finally {
        busy = false;
      }
    },
    'fill.pageState': (payload) => {
      onlyTop();
      const { selector } = checked(pageStateSchema, payload);
      const selectorFound = selector !== undefined && allDocuments(document).some((doc) => hasMatch(doc, selector));
      return { url: document.URL, text: pageText(document), selectorFound, errors: pageErrors(document) };
    },
  };
}
