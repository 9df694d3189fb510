import type { Lang } from '../i18n/translate';
import type { LocalText } from './types';

/**
 * The text in `lang`; imported modules may lack English, so an empty translation falls back to
 * Indonesian. Kept in its own file so screens in the first bundle can use it without pulling in the
 * whole core curriculum.
 */
export function textIn(text: LocalText, lang: Lang): string {
  return text[lang] === '' ? text.id : text[lang];
}
