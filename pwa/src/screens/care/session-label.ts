/** A curriculum session by number and title in the user's language; its code when unknown here. */
import { textIn } from '../../../../shared/curriculum/text-in';
import { type Lang, t } from '../../../../shared/i18n/translate';
import type { Curriculum } from '../../data/curriculum';

export function sessionLabel(curriculum: Curriculum | undefined, code: string, lang: Lang): string {
  if (code.trim() === '') return t(lang, 'care.obs.noSession');
  const found = curriculum?.find(code);
  if (found === undefined) return code;
  return t(lang, 'care.obs.sessionName', { number: String(found.number), title: textIn(found.title, lang) });
}
