import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  formatDay,
  isDay,
  japanDay,
  japanInstant,
  japanMinutes,
  lastDayOfMonth,
} from './day';

describe('calendar days', () => {
  it.each([
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2028-04-31', false],
    ['2028-13-01', false],
    ['2028-1-05', false],
    ['', false],
    [20280101, false],
  ])('isDay(%j) is %s', (value, expected) => {
    expect(isDay(value)).toBe(expected);
  });

  it.each([
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2028-12-31', 1, '2029-01-01'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2028-01-31', 31, '2028-03-02'],
    ['2028-03-10', 0, '2028-03-10'],
  ])('%s + %i days = %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(n);
  });

  it.each([
    ['2028-02-10', '2028-02-29'],
    ['2027-02-10', '2027-02-28'],
    ['2100-02-01', '2100-02-28'],
    ['2000-02-15', '2000-02-29'],
    ['2028-04-30', '2028-04-30'],
    ['2028-12-01', '2028-12-31'],
    ['2028-01-31', '2028-01-31'],
  ])('the month of %s ends on %s', (day, expected) => {
    expect(lastDayOfMonth(day)).toBe(expected);
  });

  it.each([
    // 14:59:59 UTC is 23:59:59 in Tokyo; a second later it is the next day there.
    ['2028-02-28T14:59:59Z', '2028-02-28', 23 * 60 + 59],
    ['2028-02-28T15:00:00Z', '2028-02-29', 0],
    ['2028-12-31T15:00:00Z', '2029-01-01', 0],
    ['2028-03-10T01:00:00Z', '2028-03-10', 10 * 60],
  ])('at %s it is %s, minute %i, in Japan', (iso, day, minutes) => {
    const ms = Date.parse(iso);
    expect(japanDay(ms)).toBe(day);
    expect(japanMinutes(ms)).toBe(minutes);
  });

  it('turns a Japanese day and time into the instant', () => {
    expect(new Date(japanInstant('2028-03-10', '10:00')).toISOString()).toBe('2028-03-10T01:00:00.000Z');
    expect(new Date(japanInstant('2028-03-01', '08:30')).toISOString()).toBe('2028-02-29T23:30:00.000Z');
  });

  it('writes a day with its weekday in each language without shifting it', () => {
    expect(formatDay('2028-02-29', 'en')).toBe('Tue, Feb 29, 2028');
    expect(formatDay('2028-02-29', 'ja')).toBe('2028年2月29日(火)');
    expect(formatDay('2028-02-29', 'zh-CN')).toContain('2028年2月29日');
  });
});
