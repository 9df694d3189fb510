/**
 * Choosing in a select2-style dropdown the way a person does: open the widget, type into its
 * search box, wait for the matching option, click it. Found by select2's own conventions
 * (`select + .select2 .select2-selection`, `.select2-search__field`, `li[role=option]`) and, for
 * look-alikes, by ARIA (`role=combobox` → `aria-controls` listbox → `role=option`), so a widget
 * that only follows the ARIA pattern works too. If no widget sits beside a hidden `<select>`,
 * the select itself is set (widgets of this kind follow a `change` on it).
 */
import { AppError } from '../../../shared/errors';
import { normalizeText, type SelectOption } from '../../../shared/fill/collected-field';
import { describeOptions, matchOption } from '../../../shared/fill/match-option';
import { isVisible } from './collect-fields';
import { chooseOption, press, setNativeValue } from './execute-input';
import { poll, settle } from './page-settle';

export interface Select2Request {
  readonly step: string;
  readonly field: string;
  /** What the map asked for: the option's value or its text. */
  readonly wanted: string;
  /** The option chosen while planning, null when it is only known at run time. */
  readonly option: SelectOption | null;
  readonly search: string;
  readonly waitForOptionsMs: number;
}

/** The hidden `<select>` behind a widget, or the widget's own select when the target is one. */
export function selectBehind(target: Element): HTMLSelectElement | null {
  if (target.localName === 'select') return target as HTMLSelectElement;
  const container = target.closest('.select2, .select2-container');
  const previous = container?.previousElementSibling;
  return previous?.localName === 'select' ? (previous as HTMLSelectElement) : null;
}

/** The element a person clicks to open the dropdown. */
export function openerOf(target: Element): Element | null {
  if (target.localName !== 'select') return target;
  const select = target as HTMLSelectElement;
  const next = select.nextElementSibling;
  const beside = next?.matches('.select2, .select2-container')
    ? next.querySelector('.select2-selection, [role="combobox"]')
    : null;
  if (beside !== null && beside !== undefined) return beside;
  if (select.id === '') return null;
  return select.ownerDocument.querySelector(
    `[aria-labelledby="select2-${CSS.escape(select.id)}-container"], [aria-controls^="select2-${CSS.escape(select.id)}-"]`,
  );
}

function listboxOf(opener: Element): Element | null {
  const doc = opener.ownerDocument;
  const controls = opener.getAttribute('aria-controls') ?? opener.getAttribute('aria-owns');
  const byId = controls ? doc.getElementById(controls.split(/\s+/u)[0] ?? '') : null;
  if (byId !== null) return byId;
  return (
    doc.querySelector('.select2-container--open .select2-results__options') ??
    Array.from(doc.querySelectorAll('[role="listbox"]')).find(isVisible) ??
    null
  );
}

function searchFieldOf(opener: Element, listbox: Element | null): HTMLInputElement | null {
  const doc = opener.ownerDocument;
  const active = doc.activeElement;
  if (active?.localName === 'input' && active !== opener) return active as HTMLInputElement;
  const known =
    doc.querySelector('.select2-container--open .select2-search__field') ??
    (listbox?.id ? doc.querySelector(`input[aria-controls="${CSS.escape(listbox.id)}"]`) : null);
  return known?.localName === 'input' ? (known as HTMLInputElement) : null;
}

interface Candidate extends SelectOption {
  readonly element: Element;
}

function candidates(listbox: Element | null): Candidate[] {
  if (listbox === null) return [];
  return Array.from(listbox.querySelectorAll('[role="option"]'))
    .filter((li) => isVisible(li) && li.getAttribute('aria-disabled') !== 'true')
    .map((li) => ({
      element: li,
      value: (li as HTMLElement).dataset.value ?? '',
      text: (li.textContent ?? '').replace(/\s+/gu, ' ').trim(),
    }));
}

function pick(list: readonly Candidate[], request: Select2Request): Candidate | null {
  const { option } = request;
  if (option !== null) {
    const byValue = option.value !== '' ? list.find((c) => c.value === option.value) : undefined;
    return byValue ?? list.find((c) => normalizeText(c.text) === normalizeText(option.text)) ?? null;
  }
  const found = matchOption(list, request.wanted);
  return found === null ? null : (list.find((c) => c.value === found.value && c.text === found.text) ?? null);
}

function close(opener: Element): void {
  opener.ownerDocument.activeElement?.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
  );
}

export async function chooseSelect2(target: Element, request: Select2Request, signal: AbortSignal): Promise<void> {
  const select = selectBehind(target);
  if (select !== null && request.option !== null && select.value === request.option.value) return;
  const opener = openerOf(target);
  if (opener === null) {
    if (select === null || request.option === null) {
      throw new AppError('fill.targetNotFound', { step: request.step, field: request.field });
    }
    chooseOption(select, request.option.value);
    return;
  }
  press(opener);
  const listbox = await poll(() => listboxOf(opener), 2_000, signal);
  const search = searchFieldOf(opener, listbox);
  if (search !== null && request.search !== '') {
    setNativeValue(search, request.search);
    search.dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: request.search }),
    );
    search.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: request.search.slice(-1) }));
  }
  const wait = Math.max(request.waitForOptionsMs, 3_000);
  const chosen = await poll(() => pick(candidates(listboxOf(opener)), request), wait, signal);
  if (chosen === null) {
    const shown = candidates(listboxOf(opener));
    close(opener);
    throw new AppError('formMap.invalid', {
      path: `step ${request.step}`,
      detail: `"${request.wanted}" is not an option of "${request.field}"; the list shows ${describeOptions(shown) || 'nothing'}`,
    });
  }
  press(chosen.element);
  await settle(opener.ownerDocument, signal, 150, 1_500);
}
