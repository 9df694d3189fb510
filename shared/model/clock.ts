/**
 * Time as the core sees it: passed in, so tests and imports can fix it. `localDate` and
 * `localTime` read the device's own calendar, which is what a facilitator means by "today".
 */
import type { Instant, LocalDate, LocalTime } from './types';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function toInstant(date: Date): Instant {
  return date.toISOString();
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function localDate(date: Date): LocalDate {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function localTime(date: Date): LocalTime {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

export function isLocalTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** `YYYY-MM` of a local date. */
export function monthOf(date: LocalDate): string {
  return date.slice(0, 7);
}

/** The local date `days` after `date` (negative goes back), by the calendar, not by 24 h steps. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number);
  const next = new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, (d ?? 1) + days));
  return next.toISOString().slice(0, 10);
}
