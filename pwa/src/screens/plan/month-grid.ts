/**
 * Calendar arithmetic for the month view, on local `YYYY-MM` / `YYYY-MM-DD` text, never on UTC
 * instants (see shared/model/clock.ts). Weeks start on Sunday (Minggu), as Indonesian calendars
 * print them; the grid follows the place, not the interface language.
 */
import { addDays, isLocalDate } from '../../../../shared/model/clock';
import type { LocalDate } from '../../../../shared/model/types';

export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}$/.test(value) && isLocalDate(`${value}-01`);
}

/** `YYYY-MM` shifted by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = (y ?? 2000) * 12 + ((m ?? 1) - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function firstDay(month: string): LocalDate {
  return `${month}-01`;
}

export function lastDay(month: string): LocalDate {
  return addDays(firstDay(shiftMonth(month, 1)), -1);
}

/** Day of week, 0 = Sunday, of a local date. */
export function weekday(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1)).getUTCDay();
}

/** The days of a month in order. */
export function daysOf(month: string): LocalDate[] {
  const days: LocalDate[] = [];
  const end = lastDay(month);
  for (let day = firstDay(month); day <= end; day = addDays(day, 1)) days.push(day);
  return days;
}

export interface GridCell {
  /** Stable per cell: the date, or `pad-<n>` for the padding around the month. */
  readonly key: string;
  /** Null pads the days before the 1st and after the last. */
  readonly date: LocalDate | null;
}

/** Weeks of the grid, Sunday first. */
export function monthWeeks(month: string): GridCell[][] {
  const lead = weekday(firstDay(month));
  const cells: GridCell[] = [
    ...Array.from({ length: lead }, (_, i) => ({ key: `pad-${i}`, date: null })),
    ...daysOf(month).map((date) => ({ key: date, date })),
  ];
  while (cells.length % 7 !== 0) cells.push({ key: `pad-${cells.length}`, date: null });
  const weeks: GridCell[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
