/**
 * Reading a field back after the page settled: its value, the chosen option's text, whether it
 * is ticked, which files it holds, and the page's complaint about it — `aria-invalid` or
 * `.is-invalid` with the message it points to (`aria-describedby`, `#<id>-error`, the
 * `.invalid-feedback` of its form group). `compareReadBack` in the core judges the result.
 */
import type { ReadBack } from '../../../shared/fill/check-read-back';
import type { FillAction } from '../../../shared/fill/fill-plan';
import { isVisible } from './collect-fields';
import { textOf } from './collect-labels';
import { isChecked } from './execute-input';
import { allDocuments, resolveTarget } from './frames-walk';
import { selectBehind } from './select2-choose';

/** An ancestor holds only this field (a radio group counts as one): its feedback is this field's. */
function ownsOnly(ancestor: Element, element: Element): boolean {
  const name = element.getAttribute('name');
  return Array.from(ancestor.querySelectorAll('input, select, textarea')).every(
    (other) => other === element || (name !== null && name !== '' && other.getAttribute('name') === name),
  );
}

/** The `.invalid-feedback` of the field's own group: the nearest ancestor holding only this field. */
function feedbackOf(element: Element): Element | null {
  let node = element.parentElement;
  for (let depth = 0; node !== null && depth < 4 && ownsOnly(node, element); depth++, node = node.parentElement) {
    const feedback = Array.from(node.querySelectorAll('.invalid-feedback')).find(
      (f) => isVisible(f) && textOf(f) !== '',
    );
    if (feedback !== undefined) return feedback;
  }
  return null;
}

function describedBy(element: Element): string {
  const ids = element.getAttribute('aria-describedby') ?? '';
  const doc = element.ownerDocument;
  return ids
    .split(/\s+/u)
    .map((id) => (id === '' ? null : doc.getElementById(id)))
    .filter((e): e is HTMLElement => e !== null && isVisible(e))
    .map((e) => textOf(e))
    .join(' ')
    .trim();
}

/** The visible complaint about a field, '' when the page has none. */
export function invalidMessageOf(element: Element): string {
  const flagged = element.getAttribute('aria-invalid') === 'true' || element.classList.contains('is-invalid');
  const doc = element.ownerDocument;
  const byId = element.id === '' ? null : doc.getElementById(`${element.id}-error`);
  if (byId !== null && isVisible(byId) && textOf(byId) !== '') return textOf(byId);
  if (!flagged) return '';
  const described = describedBy(element);
  if (described !== '') return described;
  const feedback = feedbackOf(element);
  if (feedback !== null) return textOf(feedback);
  const native = (element as Partial<HTMLInputElement>).validationMessage ?? '';
  return native !== '' ? native : 'invalid';
}

/** Textareas turn `\r\n` into `\n`: that is the browser, not the page changing a value. */
function sameText(expected: string, actual: string): boolean {
  return expected.replace(/\r\n?/gu, '\n') === actual;
}

/**
 * Reads one action's element back. `before` is the complaint the field already showed before it
 * was filled (say, from an earlier failed submit): a message that did not change is stale.
 */
export function readBack(top: Document, action: FillAction, actionIndex: number, before: string): ReadBack {
  const absent: ReadBack = {
    actionIndex,
    present: false,
    value: '',
    text: '',
    checked: false,
    files: [],
    invalidMessage: '',
  };
  if (action.target === null) return absent;
  const element = resolveTarget(top, action.target);
  if (element === null) return absent;
  const select =
    action.action === 'select2'
      ? selectBehind(element)
      : element.localName === 'select'
        ? (element as HTMLSelectElement)
        : null;
  let value =
    select !== null ? select.value : ((element as Partial<HTMLInputElement>).value ?? element.textContent ?? '');
  let text = '';
  if (select !== null) text = select.selectedOptions[0]?.text ?? '';
  else if (action.action === 'select2') text = textOf(element);
  if (action.expect?.kind === 'value' && element.localName === 'textarea' && sameText(action.expect.value, value)) {
    value = action.expect.value;
  }
  const input = element as Partial<HTMLInputElement>;
  const files = input.files ? Array.from(input.files).map((f) => f.name) : [];
  const message = invalidMessageOf(select ?? element);
  return {
    actionIndex,
    present: true,
    value,
    text,
    checked: isChecked(element),
    files,
    invalidMessage: message !== '' && message !== before ? message : '',
  };
}

/** Every visible complaint on the page: invalid fields with their message, error alerts. */
export function pageErrors(top: Document): string[] {
  const found: string[] = [];
  const add = (text: string): void => {
    const clean = text.replace(/\s+/gu, ' ').trim().slice(0, 300);
    if (clean !== '' && !found.includes(clean)) found.push(clean);
  };
  for (const doc of allDocuments(top)) {
    for (const alert of Array.from(doc.querySelectorAll('.alert-danger, .alert-error'))) {
      if (isVisible(alert)) add(textOf(alert));
    }
    for (const field of Array.from(doc.querySelectorAll('[aria-invalid="true"], .is-invalid'))) {
      if (!['input', 'select', 'textarea'].includes(field.localName)) continue;
      const message = invalidMessageOf(field);
      if (message !== '' && message !== 'invalid') add(message);
    }
    for (const feedback of Array.from(doc.querySelectorAll('.invalid-feedback'))) {
      if (isVisible(feedback)) add(textOf(feedback));
    }
  }
  return found.slice(0, 50);
}

/** Visible text of the page and its same-origin frames, for the success check. */
export function pageText(top: Document): string {
  return (
    allDocuments(top)
      // biome-ignore lint/performance/useDomNodeTextContent: success is what the page visibly says
      .map((doc) => doc.body?.innerText ?? '')
      .join('\n')
      .slice(0, 200_000)
  );
}
