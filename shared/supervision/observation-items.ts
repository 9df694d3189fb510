/**
 * The session-observation checklist: what a supervisor looks at while a facilitator runs a P2K2
 * meeting. The built-in items are our own wording (texts in the message catalogue under
 * `care.item.<id>`); a supervisor can add, rename, remove and reorder items on the device, and the
 * list is kept as one setting (`observationItems`, validated on read by `ObservationItemsSchema`).
 *
 * An item stores only its id and, once renamed or added by hand, the user's own text. A built-in
 * item that was never renamed follows the interface language. Observations copy the label they
 * were scored with, so editing the list never rewrites history.
 */
import * as v from 'valibot';
import { type Lang, type MessageKey, t } from '../i18n/translate';

export const BUILT_IN_ITEM_IDS = [
  'preparation',
  'opening',
  'stepsInOrder',
  'timeKept',
  'participation',
  'inclusion',
  'keyMessages',
  'checkUnderstanding',
  'manner',
  'visualAids',
  'closing',
] as const;
export type BuiltInItemId = (typeof BUILT_IN_ITEM_IDS)[number];

export const MAX_ITEMS = 30;
export const MAX_ITEM_TEXT = 200;

export interface ObservationItem {
  readonly id: string;
  /** The user's own wording; `null` keeps the built-in text in the interface language. */
  readonly text: string | null;
}

export function isBuiltInItemId(id: string): id is BuiltInItemId {
  return (BUILT_IN_ITEM_IDS as readonly string[]).includes(id);
}

const ItemSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  text: v.nullable(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_ITEM_TEXT))),
});

/** The stored list: 1–30 items, unique ids, and every item has a label (its own or a built-in one). */
export const ObservationItemsSchema = v.pipe(
  v.array(ItemSchema),
  v.minLength(1),
  v.maxLength(MAX_ITEMS),
  v.check((items) => new Set(items.map((item) => item.id)).size === items.length, 'duplicate item id'),
  v.check((items) => items.every((item) => item.text !== null || isBuiltInItemId(item.id)), 'item without text'),
);

export function defaultObservationItems(): ObservationItem[] {
  return BUILT_IN_ITEM_IDS.map((id) => ({ id, text: null }));
}

/** Reads a stored value; anything damaged gives the built-in list back rather than breaking the form. */
export function parseObservationItems(value: unknown): ObservationItem[] {
  const parsed = v.safeParse(ObservationItemsSchema, value);
  return parsed.success ? parsed.output : defaultObservationItems();
}

export function observationItemLabel(item: ObservationItem, lang: Lang): string {
  if (item.text !== null) return item.text;
  return isBuiltInItemId(item.id) ? t(lang, `care.item.${item.id}` satisfies MessageKey) : item.id;
}

/** What to look for, for a built-in item in its own wording; none for the user's own text. */
export function observationItemHint(item: ObservationItem, lang: Lang): string | null {
  if (item.text !== null || !isBuiltInItemId(item.id)) return null;
  return t(lang, `care.item.${item.id}.hint` satisfies MessageKey);
}

/** Why an edit of the list was refused; the screen shows `care.items.error.<reason>`. */
export type ItemEditError = 'empty' | 'tooLong' | 'tooMany' | 'lastItem' | 'duplicate';

export type ItemEdit =
  | { readonly ok: true; readonly items: ObservationItem[] }
  | { readonly ok: false; readonly error: ItemEditError };

function checkText(
  items: readonly ObservationItem[],
  text: string,
  lang: Lang,
  exceptId?: string,
): ItemEditError | null {
  const clean = text.trim();
  if (clean === '') return 'empty';
  if (clean.length > MAX_ITEM_TEXT) return 'tooLong';
  const folded = clean.toLocaleLowerCase();
  const same = items.some(
    (item) => item.id !== exceptId && observationItemLabel(item, lang).trim().toLocaleLowerCase() === folded,
  );
  return same ? 'duplicate' : null;
}

export function addItem(items: readonly ObservationItem[], text: string, id: string, lang: Lang): ItemEdit {
  if (items.length >= MAX_ITEMS) return { ok: false, error: 'tooMany' };
  const error = checkText(items, text, lang);
  if (error !== null) return { ok: false, error };
  return { ok: true, items: [...items, { id, text: text.trim() }] };
}

export function renameItem(items: readonly ObservationItem[], id: string, text: string, lang: Lang): ItemEdit {
  const error = checkText(items, text, lang, id);
  if (error !== null) return { ok: false, error };
  return { ok: true, items: items.map((item) => (item.id === id ? { id, text: text.trim() } : item)) };
}

export function removeItem(items: readonly ObservationItem[], id: string): ItemEdit {
  if (items.length <= 1) return { ok: false, error: 'lastItem' };
  return { ok: true, items: items.filter((item) => item.id !== id) };
}

/** Moves an item one place up (-1) or down (+1); at either end nothing changes. */
export function moveItem(items: readonly ObservationItem[], id: string, delta: -1 | 1): ObservationItem[] {
  const from = items.findIndex((item) => item.id === id);
  const to = from + delta;
  const moved = items[from];
  if (from < 0 || to < 0 || to >= items.length || moved === undefined) return [...items];
  const next = items.filter((item) => item.id !== id);
  next.splice(to, 0, moved);
  return next;
}
