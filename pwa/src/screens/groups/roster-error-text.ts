/**
 * Roster read errors → a sentence in the user's language. The core puts a language-free `reason`
 * in the error's details; the catalogue turns it into advice ("save as CSV UTF-8").
 */
import { toErrorData } from '../../../../shared/errors';
import { describeError, type Lang, type MessageKey, t } from '../../../../shared/i18n/translate';
import { ROSTER_READ_REASONS } from '../../../../shared/roster/decode-roster-text';
import { formatBytes } from '../../platform/storage';
import { localeOf } from '../../ui/format';

const REASONS: ReadonlySet<string> = new Set(ROSTER_READ_REASONS);

export function rosterErrorText(lang: Lang, error: unknown): string {
  const data = toErrorData(error);
  const { reason, unit, size, max } = data.details;
  if (data.code === 'roster.invalid' && typeof reason === 'string' && REASONS.has(reason)) {
    return t(lang, 'error.roster.invalid', { detail: t(lang, `groups.import.reason.${reason}` as MessageKey) });
  }
  if (data.code === 'roster.tooLarge' && unit === 'bytes' && typeof size === 'number' && typeof max === 'number') {
    const locale = localeOf(lang);
    return t(lang, 'groups.import.tooLargeBytes', { size: formatBytes(size, locale), max: formatBytes(max, locale) });
  }
  return describeError(lang, error);
}
