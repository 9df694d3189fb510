/**
 * The collector: describes every field of the page as plain `CollectedField` data for the pure
 * planner — form controls, clickables and select2-style comboboxes, in the top document, its
 * same-origin iframes and open shadow roots. The map's CSS selectors are evaluated here (the
 * planner has no DOM); an invalid selector is reported, never thrown.
 */
import type { CollectedField, SelectOption } from '../../../shared/fill/collected-field';
import { labelsOf, textOf } from './collect-labels';
import { RowReader } from './collect-rows';
import { cssPath, isValidSelector, type RootContext, safeMatches, walkRoots } from './frames-walk';

const FIELD_SELECTOR = [
  'input:not([type="hidden"])',
  'textarea',
  'select',
  'button',
  'a[href]',
  '[role="button"]',
  '[role="link"]',
  '[role="combobox"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="switch"]',
  '[role="textbox"]',
  '[role="tab"]',
  '[contenteditable="true"]',
].join(', ');

const FORM_TAGS = new Set(['input', 'textarea', 'select']);
const TEXT_ROLES = new Set(['button', 'link', 'tab', 'menuitem']);
const MAX_FIELDS = 5_000;

export interface Collected {
  readonly url: string;
  readonly fields: CollectedField[];
  readonly invalidSelectors: string[];
  /** Keys (`targetKey`) of links that load another document when followed. */
  readonly navigatingLinks: string[];
}

/** Identifies a field across messages: its frames, shadow hosts and CSS path. */
export function targetKey(target: {
  readonly framePath: readonly string[];
  readonly shadowPath: readonly string[];
  readonly css: string;
}): string {
  return [...target.framePath, '|', ...target.shadowPath, '|', target.css].join('\u0001');
}

export function isVisible(element: Element): boolean {
  const html = element as HTMLElement;
  if (typeof html.checkVisibility === 'function' && !html.checkVisibility({ visibilityProperty: true })) return false;
  return element.getClientRects().length > 0;
}

function isDisabled(element: Element): boolean {
  if (element.getAttribute('aria-disabled') === 'true') return true;
  try {
    return element.matches(':disabled');
  } catch {
    return false;
  }
}

function typeOf(element: Element): string {
  if (element.localName === 'select') return (element as HTMLSelectElement).multiple ? 'select-multiple' : 'select-one';
  if (element.localName === 'input') return ((element as HTMLInputElement).type || 'text').toLowerCase();
  if (element.localName === 'button') return ((element as HTMLButtonElement).type || 'submit').toLowerCase();
  return '';
}

function optionsOf(element: Element): SelectOption[] {
  if (element.localName !== 'select') return [];
  return Array.from((element as HTMLSelectElement).options)
    .slice(0, 5_000)
    .map((o) => ({ value: o.value, text: o.text }));
}

function ownText(element: Element, type: string): string {
  if (element.localName === 'input')
    return type === 'submit' || type === 'button' ? (element as HTMLInputElement).value : '';
  if (FORM_TAGS.has(element.localName)) return '';
  const role = element.getAttribute('role') ?? '';
  if (element.localName === 'button' || element.localName === 'a' || TEXT_ROLES.has(role)) {
    return textOf(element) || (element.getAttribute('title') ?? '');
  }
  return '';
}

function currentValue(element: Element): string {
  if (FORM_TAGS.has(element.localName)) return (element as HTMLInputElement).value ?? '';
  if (element.getAttribute('contenteditable') === 'true') return element.textContent ?? '';
  return '';
}

function checkedOf(element: Element): boolean {
  if (element.localName === 'input') return (element as HTMLInputElement).checked;
  return element.getAttribute('aria-checked') === 'true';
}

function leavesDocument(element: Element): boolean {
  if (element.localName !== 'a') return false;
  const link = element as HTMLAnchorElement;
  const href = link.getAttribute('href') ?? '';
  if (href === '' || href.startsWith('#') || /^javascript:/iu.test(href) || link.target === '_blank') return false;
  try {
    const to = new URL(link.href);
    const here = new URL(element.ownerDocument.URL);
    to.hash = '';
    here.hash = '';
    return to.href !== here.href;
  } catch {
    return false;
  }
}

function describe(
  element: Element,
  context: RootContext,
  rows: RowReader,
  selectors: readonly string[],
): CollectedField {
  const type = typeOf(element);
  const role = element.getAttribute('role') ?? '';
  const info = rows.read(element);
  const isControl = FORM_TAGS.has(element.localName) || role === 'combobox' || role === 'textbox';
  const input = element as Partial<HTMLInputElement>;
  const maxLength = typeof input.maxLength === 'number' && input.maxLength >= 0 ? input.maxLength : null;
  return {
    framePath: context.framePath,
    frameMatches: context.frameMatches,
    shadowPath: context.shadowPath,
    css: cssPath(element, context.root),
    tag: element.localName,
    type,
    role,
    id: element.id,
    name: element.getAttribute('name') ?? '',
    labels: labelsOf(element, context.root, info?.column ?? '', isControl),
    text: ownText(element, type).slice(0, 2_000),
    placeholder: element.getAttribute('placeholder') ?? '',
    ariaLabel: element.getAttribute('aria-label') ?? '',
    options: optionsOf(element),
    maxLength,
    accept: type === 'file' ? (element.getAttribute('accept') ?? '') : '',
    visible: isVisible(element),
    disabled: isDisabled(element),
    readOnly: input.readOnly === true,
    value: currentValue(element).slice(0, 10_000),
    checked: checkedOf(element),
    matches: selectors.filter((s) => safeMatches(element, s)),
    row: info?.row ?? null,
  };
}

/** Describes the page's fields; `selectors` are the map's (`selectorsOf(map)`). */
export function collectFields(top: Document, selectors: readonly string[]): Collected {
  const invalidSelectors = selectors.filter((s) => !isValidSelector(s));
  const valid = selectors.filter((s) => !invalidSelectors.includes(s));
  const fields: CollectedField[] = [];
  const navigatingLinks: string[] = [];
  for (const context of walkRoots(top, valid)) {
    const rows = new RowReader(context.root);
    for (const element of Array.from(context.root.querySelectorAll(FIELD_SELECTOR))) {
      if (fields.length >= MAX_FIELDS) break;
      const field = describe(element, context, rows, valid);
      fields.push(field);
      if (leavesDocument(element)) navigatingLinks.push(targetKey(field));
    }
  }
  return { url: top.URL, fields, invalidSelectors, navigatingLinks };
}
