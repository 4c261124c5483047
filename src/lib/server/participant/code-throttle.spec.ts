import { describe, expect, it } from 'vitest';
import { createCodeThrottle } from './code-throttle';

function throttleAt(start = 1_000_000) {
	let now = start;
	const throttle = createCodeThrottle({
		freeAttempts: 5,
		windowMs: 15 * 60_000,
		maxDelayMs: 5 * 60_000,
		now: () => now
	});
	return { throttle, advance: (ms: number) => (now += ms) };
}

describe('the short-code throttle', () => {
	it('lets five wrong codes through, then makes each next try wait twice as long', () => {
		const { throttle } = throttleAt();
		for (let i = 0; i < 4; i++) throttle.recordFailure('a');
		expect(throttle.waitFor('a')).toBe(0);
		throttle.recordFailure('a');
		expect(throttle.waitFor('a')).toBe(2000);
		throttle.recordFailure('a');
		expect(throttle.waitFor('a')).toBe(4000);
	});

	it('never waits longer than the ceiling and never locks for good', () => {
		const { throttle, advance } = throttleAt();
		for (let i = 0; i < 40; i++) throttle.recordFailure('a');
		expect(throttle.waitFor('a')).toBe(5 * 60_000);
		advance(5 * 60_000);
		expect(throttle.waitFor('a')).toBe(0);
		advance(15 * 60_000 + 1);
		throttle.recordFailure('a');
		expect(throttle.waitFor('a')).toBe(0);
	});

	it('keeps clients apart', () => {
		const { throttle } = throttleAt();
		for (let i = 0; i < 8; i++) throttle.recordFailure('a');
		expect(throttle.waitFor('a')).toBeGreaterThan(0);
		expect(throttle.waitFor('b')).toBe(0);
	});
});
