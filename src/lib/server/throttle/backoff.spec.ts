import { describe, expect, it } from 'vitest';
import { doublingDelay } from './backoff';

describe('doublingDelay', () => {
	it('waits not at all for the free failures, then doubles from 2 s up to the ceiling', () => {
		expect([0, 4, 5, 6, 7].map((n) => doublingDelay(n, 5, 60_000))).toEqual([
			0, 0, 2000, 4000, 8000
		]);
		expect(doublingDelay(30, 5, 60_000)).toBe(60_000);
	});
});
