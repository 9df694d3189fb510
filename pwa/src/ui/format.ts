/** Dates and numbers the Indonesian way (or English), from local calendar dates. */
import type { Lang } from '../../../shared/i18n/translate';

const locales: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

export function localeOf(lang: Lang): string {
  return locales[lang];
}

function toDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1);
}

export function formatDate(date: string, lang: Lang, style: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(locales[lang], {
    weekday: style === 'long' ? 'long' : 'short',
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    year: 'numeric',
  }).format(toDate(date));
}

export function formatMonth(month: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], { month: 'long', year: 'numeric' }).format(toDate(`${month}-01`));
}

export function formatNumber(value: number, lang: Lang, fractionDigits = 0): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: fractionDigits }).format(value);
}

export function formatPercent(ratio: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang], { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}
