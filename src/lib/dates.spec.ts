import { describe, expect, it } from 'vitest';
import { calendarNoon, stockholmToday } from './dates';

describe('dates', () => {
	it('gives today in Swedish time: just after midnight in Stockholm is already the next day', () => {
		expect(stockholmToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
		expect(stockholmToday(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
	});

	it('turns the day at midnight although it remembers the day for the minute', () => {
		expect(stockholmToday(new Date('2026-12-01T22:59:59.999Z'))).toBe('2026-12-01');
		expect(stockholmToday(new Date('2026-12-01T23:00:00.000Z'))).toBe('2026-12-02');
		// Summer time: midnight in Stockholm is 22:00 UTC.
		expect(stockholmToday(new Date('2026-07-01T21:59:59.999Z'))).toBe('2026-07-01');
		expect(stockholmToday(new Date('2026-07-01T22:00:00.000Z'))).toBe('2026-07-02');
		expect(stockholmToday(new Date('2026-07-01T22:00:59.000Z'))).toBe('2026-07-02');
	});

	it('reads a calendar date as the same day in UTC and in Stockholm', () => {
		for (const day of ['2026-03-29', '2026-10-25', '2026-12-31']) {
			expect(calendarNoon(day).toISOString().slice(0, 10)).toBe(day);
			expect(stockholmToday(calendarNoon(day))).toBe(day);
		}
	});
});
