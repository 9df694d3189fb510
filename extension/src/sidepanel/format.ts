/** Dates and times the Indonesian way (or English), for the side panel. */
import type { Lang } from '../../../shared/i18n/translate';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** A local calendar date `YYYY-MM-DD`, e.g. "Sab, 29 Nov 2026". */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[lang], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1));
}

/** An ISO instant in the device's time zone, e.g. "29 Nov 2026, 10.14". */
export function formatInstant(instant: string, lang: Lang): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
