/**
 * How the follow-up screens name things: a session by its number and title in the user's language
 * (its code when this device's curriculum lacks it, e.g. a module removed since), a family's
 * standing in words (never by colour alone), a quiz gain in points.
 */
import { textIn } from '../../../../shared/curriculum/catalogue';
import type { CurriculumModule } from '../../../../shared/curriculum/types';
import { type Lang, type MessageKey, t } from '../../../../shared/i18n/translate';
import type { AttendanceStatus } from '../../../../shared/model/types';
import type { Curriculum } from '../../data/curriculum';
import type { CellStatus } from '../../data/followup';
import { formatNumber } from '../../ui/format';

export function sessionName(curriculum: Curriculum | undefined, code: string, lang: Lang): string {
  const found = curriculum?.find(code);
  if (!found) return code;
  return t(lang, 'followup.sessionName', { number: String(found.number), title: textIn(found.title, lang) });
}

export function moduleName(module: CurriculumModule | undefined, lang: Lang): string {
  if (!module) return '—';
  return t(lang, 'followup.moduleName', { number: String(module.number), title: textIn(module.title, lang) });
}

/** The catalogue key naming a status; `null` is an expected family nobody marked. */
export function statusKey(status: CellStatus | AttendanceStatus | null): MessageKey {
  switch (status) {
    case null:
      return 'followup.status.unmarked';
    case 'notAttended':
      return 'followup.status.notAttended';
    case 'notHeld':
      return 'followup.status.notHeld';
    default:
      return `attendance.${status}`;
  }
}

/** A gain in percentage points with its sign: "+20 poin", "−10 poin". */
export function formatGain(gain: number, lang: Lang): string {
  const points = Math.round(gain * 100);
  const sign = points > 0 ? '+' : points < 0 ? '−' : '';
  return t(lang, 'followup.points', { sign, value: formatNumber(Math.abs(points), lang) });
}
