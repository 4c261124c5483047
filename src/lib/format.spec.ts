import { describe, expect, it } from 'vitest';
import {
	formatCount,
	formatDate,
	formatDateLong,
	formatNumber,
	formatPercent,
	formatWait
} from './format';

describe('sv-SE formatting', () => {
	it('uses a decimal comma and a narrow no-break space between thousands', () => {
		expect(formatNumber(3970)).toBe('3\u00a0970');
		expect(formatNumber(5.25, 1)).toMatch(/^5,[23]$/);
		expect(formatNumber(4.5, 2)).toBe('4,50');
	});

	it('writes the minus sign as Swedish typography does', () => {
		expect(formatNumber(-0.4, 1)).toBe('\u22120,4');
	});

	it('writes percentages with a space before the sign', () => {
		expect(formatPercent(0.423)).toBe('42\u00a0%');
		expect(formatPercent(0.4235, 1)).toBe('42,4\u00a0%');
	});

	it('writes dates as ISO dates in Swedish time', () => {
		expect(formatDate(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
		expect(formatDateLong(new Date('2026-11-22T12:00:00Z'))).toBe('22 november 2026');
	});

	it('chooses singular or plural', () => {
		expect(formatCount(1, 'svar', 'svar')).toBe('1 svar');
		expect(formatCount(2, 'enkät', 'enkäter')).toBe('2 enkäter');
	});
});

describe('formatWait', () => {
	it('says one second in the singular (it read "1 sekunder" once) and rounds minutes up', () => {
		expect(formatWait(1)).toBe('1 sekund');
		expect(formatWait(2)).toBe('2 sekunder');
		expect(formatWait(59)).toBe('59 sekunder');
		expect(formatWait(60)).toBe('1 minut');
		expect(formatWait(61)).toBe('2 minuter');
		expect(formatWait(300)).toBe('5 minuter');
	});
});
