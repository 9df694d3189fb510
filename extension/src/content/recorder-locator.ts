/**
 * Describes a field the user clicked and builds its locator with fallbacks, in the order a map
 * reads best: the label a person sees, then `name`, then `id`, then a CSS path. A strategy is only
 * kept when it finds exactly this field on the page now (the planner refuses an ambiguous one), so
 * the first strategy is the most readable one that works today and the rest survive a redesign.
 * Label texts are compared the way the planner compares them (`normalizeLabel`).
 */
import { normalizeLabel } from '../../../shared/fill/collected-field';
import type { FieldStrategy } from '../../../shared/fill/form-map';
import type { RecordedField, RecordedStepKind } from './recorder-protocol';

const CONTROLS = 'input, select, textarea, button, a[href], [role=button], [role=combobox]';

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Text of a label without the text of the controls inside it (a wrapped select's options). */
function labelText(label: Element): string {
  const copy = label.cloneNode(true) as Element;
  for (const control of copy.querySelectorAll('input, select, textarea, button')) control.remove();
  return clean(copy.textContent).replace(/\s*[*:]+$/, '');
}

/** The label a person reads for a control, '' when there is none. */
export function labelOf(element: Element): string {
  if (element instanceof HTMLButtonElement || element instanceof HTMLAnchorElement) return clean(element.textContent);
  if (element instanceof HTMLInputElement && ['submit', 'button', 'reset'].includes(element.type)) {
    return clean(element.value);
  }
  const labelled = element.getAttribute('aria-labelledby');
  if (labelled) {
    const text = labelled
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (clean(text) !== '') return clean(text);
  }
  if ('labels' in element) {
    const labels = (element as HTMLInputElement).labels;
    const first = labels?.[0];
    if (first) return labelText(first);
  }
  const aria = element.getAttribute('aria-label');
  if (aria) return clean(aria);
  if (element.getAttribute('role') !== null) return clean(element.textContent);
  return '';
}

export interface Pickable {
  readonly element: HTMLElement;
  /** A select2-style widget stands in front of this (hidden) select. */
  readonly select2: boolean;
}

/** The control a click on `target` means: the field itself, a label's field, a select2's select. */
export function pickable(target: Element): Pickable | null {
  const widget = target.closest('.select2, .select2-container');
  const hidden = widget?.previousElementSibling;
  if (hidden instanceof HTMLSelectElement) return { element: hidden, select2: true };
  const label = target.closest('label');
  if (label !== null && !target.closest(CONTROLS)) {
    const control = label.control;
    if (control instanceof HTMLElement) return { element: control, select2: false };
  }
  const control = target.closest(CONTROLS);
  return control instanceof HTMLElement ? { element: control, select2: false } : null;
}

function count(root: Document, selector: string): number {
  try {
    return root.querySelectorAll(selector).length;
  } catch {
    return 0;
  }
}

/** A CSS path that finds exactly `element` in its document, shortest first. */
export function cssPath(element: Element): string {
  const doc = element.ownerDocument;
  const parts: string[] = [];
  for (let node: Element | null = element; node !== null && node !== doc.documentElement; node = node.parentElement) {
    if (node.id !== '' && count(doc, `#${CSS.escape(node.id)}`) === 1) {
      parts.unshift(`#${CSS.escape(node.id)}`);
      break;
    }
    const tag = node.tagName.toLowerCase();
    const name = node.getAttribute('name');
    let part = name ? `${tag}[name="${CSS.escape(name)}"]` : tag;
    const parent: Element | null = node.parentElement;
    if (parent !== null) {
      const same = [...parent.children].filter((child) => child.tagName === node?.tagName);
      if (same.length > 1) part += `:nth-of-type(${same.indexOf(node) + 1})`;
    }
    parts.unshift(part);
    const css = parts.join(' > ');
    if (count(doc, css) === 1 && doc.querySelector(css) === element) return css;
  }
  return parts.join(' > ');
}

function suggestKind(element: HTMLElement): RecordedStepKind {
  if (element instanceof HTMLSelectElement) return 'select';
  if (element instanceof HTMLInputElement) {
    if (element.type === 'checkbox' || element.type === 'radio') return 'check';
    if (element.type === 'submit') return 'submit';
    if (element.type === 'button' || element.type === 'reset') return 'click';
    if (element.type === 'file') return 'upload';
    return 'fill';
  }
  if (element instanceof HTMLButtonElement) return element.type === 'submit' ? 'submit' : 'click';
  if (element instanceof HTMLTextAreaElement) return 'fill';
  return element.getAttribute('role') === 'combobox' ? 'select' : 'click';
}

/** How many controls on the page read as `label`. */
function labelCount(doc: Document, label: string): number {
  const wanted = normalizeLabel(label);
  let n = 0;
  for (const control of doc.querySelectorAll(CONTROLS)) if (normalizeLabel(labelOf(control)) === wanted) n += 1;
  return n;
}

export function describeField({ element, select2 }: Pickable): RecordedField {
  const doc = element.ownerDocument;
  const label = labelOf(element);
  const name = element.getAttribute('name') ?? '';
  const id = element.id;
  const target: FieldStrategy[] = [];
  if (label !== '' && labelCount(doc, label) === 1) target.push({ label });
  if (name !== '' && doc.getElementsByName(name).length === 1) target.push({ name });
  if (id !== '' && count(doc, `#${CSS.escape(id)}`) === 1) target.push({ id });
  target.push({ css: cssPath(element) });
  const options =
    element instanceof HTMLSelectElement
      ? [...element.options].slice(0, 50).map((o) => ({ value: o.value, text: clean(o.text) }))
      : [];
  return {
    tag: element.tagName.toLowerCase(),
    type: element instanceof HTMLInputElement || element instanceof HTMLButtonElement ? element.type : '',
    label,
    name,
    id,
    placeholder: element.getAttribute('placeholder') ?? '',
    options,
    select2,
    suggestedKind: suggestKind(element),
    target,
  };
}
