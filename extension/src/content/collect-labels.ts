/**
 * A field's labels as a person reads them. Explicit labels (`<label for>`, a wrapping `<label>`,
 * `aria-labelledby`, `aria-label`) come first; the fieldset legend or radiogroup name (`group`)
 * and the table column header (`column`) add context; `nearby` text (the previous sibling, or
 * the parent's preceding `div.form-label`-like text) is only looked for when a control has no
 * explicit label at all, as in label-less React forms — never for a radio that has its own
 * label, where the neighbour's text would name the wrong box.
 */
import type { FieldLabel } from '../../../shared/fill/collected-field';
import type { Root } from './frames-walk';

const CONTROL_TAGS = new Set(['input', 'select', 'textarea', 'button']);
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg']);
const MAX_LABEL = 300;

/** Readable text of a node without the text of form controls inside it (a wrapped select's options). */
export function textOf(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node): void => {
    if (current.nodeType === Node.TEXT_NODE) {
      parts.push(current.textContent ?? '');
      return;
    }
    if (current.nodeType !== Node.ELEMENT_NODE) return;
    const element = current as HTMLElement;
    if (CONTROL_TAGS.has(element.localName) || SKIPPED_TAGS.has(element.localName) || element.hidden) return;
    parts.push(' ');
    for (const child of Array.from(element.childNodes)) walk(child);
    parts.push(' ');
  };
  for (const child of Array.from(node.childNodes)) walk(child);
  return parts.join('').replace(/\s+/gu, ' ').trim();
}

function containsControl(element: Element): boolean {
  return CONTROL_TAGS.has(element.localName) || element.querySelector('input, select, textarea, button') !== null;
}

function byIds(root: Root, ids: string): string {
  return ids
    .split(/\s+/u)
    .filter((id) => id !== '')
    .map((id) => {
      const found = root.querySelector(`[id="${CSS.escape(id)}"]`) ?? root.ownerDocument?.getElementById(id);
      return found === null || found === undefined ? '' : textOf(found) || (found.textContent ?? '').trim();
    })
    .join(' ')
    .trim();
}

function push(out: FieldLabel[], text: string, source: FieldLabel['source']): void {
  const clean = text.replace(/\s+/gu, ' ').trim().slice(0, MAX_LABEL);
  if (clean !== '' && !out.some((l) => l.text === clean && l.source === source)) out.push({ text: clean, source });
}

/** The text just before a label-less control: its previous siblings, then its parent's. */
export function nearbyText(element: Element): string {
  let current: Element | null = element;
  for (let level = 0; level < 2 && current !== null; level++) {
    for (let sibling = current.previousElementSibling; sibling !== null; sibling = sibling.previousElementSibling) {
      // Text that belongs to another control is not this one's label.
      if (containsControl(sibling)) break;
      const text = textOf(sibling);
      if (text !== '') return text.length <= 120 ? text : '';
    }
    current = current.parentElement;
  }
  return '';
}

function groupLabel(element: Element, root: Root): string {
  const fieldset = element.closest('fieldset');
  const legend = fieldset === null ? null : Array.from(fieldset.children).find((c) => c.localName === 'legend');
  if (legend !== undefined && legend !== null) return textOf(legend);
  const group = element.closest('[role="radiogroup"], [role="group"]');
  if (group === null || group === element) return '';
  const named = group.getAttribute('aria-labelledby');
  return named ? byIds(root, named) : (group.getAttribute('aria-label') ?? '');
}

/** `isControl`: only a form control (not a button or link) may take its label from nearby text. */
export function labelsOf(element: Element, root: Root, column: string, isControl: boolean): FieldLabel[] {
  const out: FieldLabel[] = [];
  const labelled = element as Partial<HTMLInputElement>;
  for (const label of Array.from(labelled.labels ?? [])) {
    push(out, textOf(label), label.contains(element) ? 'wrap' : 'for');
  }
  const ids = element.getAttribute('aria-labelledby');
  if (ids) push(out, byIds(root, ids), 'ariaLabelledby');
  push(out, element.getAttribute('aria-label') ?? '', 'ariaLabel');
  const explicit = out.length > 0;
  push(out, groupLabel(element, root), 'group');
  push(out, column, 'column');
  if (!explicit && isControl) push(out, nearbyText(element), 'nearby');
  return out;
}
