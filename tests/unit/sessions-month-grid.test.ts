import { describe, expect, it } from 'vitest';
import { daysOf, isMonth, lastDay, monthWeeks, shiftMonth, weekday } from '../../pwa/src/screens/plan/month-grid';

describe('month grid', () => {
  it('moves across year ends', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-05', -17)).toBe('2024-12');
  });

  it('knows month lengths, leap years included', () => {
    expect(lastDay('2028-02')).toBe('2028-02-29');
    expect(lastDay('2026-02')).toBe('2026-02-28');
    expect(daysOf('2026-04')).toHaveLength(30);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-11')).toBe(true);
    expect(isMonth(undefined)).toBe(false);
  });

  it('lays weeks out Sunday first with padding around the month', () => {
    // 1 January 2026 was a Thursday.
    expect(weekday('2026-01-01')).toBe(4);
    const weeks = monthWeeks('2026-01');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.map((cell) => cell.date)).toEqual([
      null,
      null,
      null,
      null,
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
    ]);
    expect(weeks[4]?.map((cell) => cell.date)).toEqual([
      '2026-01-25',
      '2026-01-26',
      '2026-01-27',
      '2026-01-28',
      '2026-01-29',
      '2026-01-30',
      '2026-01-31',
    ]);
    const keys = weeks.flat().map((cell) => cell.key);
    expect(new Set(keys).size).toBe(keys.length);
    // February 2026 starts on a Sunday and fills exactly four weeks.
    expect(monthWeeks('2026-02')).toHaveLength(4);
  });
});
