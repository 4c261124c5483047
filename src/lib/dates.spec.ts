import { describe, expect, it } from 'vitest';
import { calendarNoon, stockholmToday } from './dates';

describe('dates', () => {
	it('gives today in Swedish time: just after midnight in Stockholm is already the next day', () => {
		expect(stockholmToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
		expect(stockholmToday(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
	});

	it('reads a calendar date as the same day in UTC and in Stockholm', () => {
		for (const day of ['2026-03-29', '2026-10-25', '2026-12-31']) {
			expect(calendarNoon(day).toISOString().slice(0, 10)).toBe(day);
			expect(stockholmToday(calendarNoon(day))).toBe(day);
		}
	});
});
