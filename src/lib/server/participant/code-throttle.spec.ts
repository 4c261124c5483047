import { describe, expect, it } from 'vitest';
import { trustedClientKey } from '../throttle/client-key';
import { createMemoryThrottle } from '../throttle/memory-throttle';
import { codeThrottleSettings } from './code-throttle';

function throttleAt(start = 1_000_000) {
	let now = start;
	const throttle = createMemoryThrottle({ ...codeThrottleSettings, now: () => now });
	return { throttle, advance: (ms: number) => (now += ms) };
}

const fail = (
	throttle: ReturnType<typeof createMemoryThrottle>,
	client: string | null,
	n: number
) => {
	for (let i = 0; i < n; i++) throttle.recordFailure(client);
};

describe('the short-code throttle', () => {
	it('lets a class of twenty on one address mistype, and then enter their codes', () => {
		const { throttle } = throttleAt();
		// Twenty pupils, each one typo, and one who types seven wrong codes, all on one address.
		fail(throttle, 'school', 20 + 7);
		expect(throttle.waitFor('school').ms).toBe(0);
	});

	it('slows down a script guessing from one address, doubling the wait up to five minutes', () => {
		const { throttle, advance } = throttleAt();
		fail(throttle, 'script', codeThrottleSettings.freeAttempts);
		expect(throttle.waitFor('script')).toEqual({ ms: 2000, cause: 'client' });
		throttle.recordFailure('script');
		expect(throttle.waitFor('script').ms).toBe(4000);
		fail(throttle, 'script', 20);
		expect(throttle.waitFor('script').ms).toBe(5 * 60_000);
		// Others are not held up by it.
		expect(throttle.waitFor('other').ms).toBe(0);
		expect(throttle.waitFor(null).ms).toBe(0);
		// Never locked for good.
		advance(60 * 60_000 + 1);
		expect(throttle.waitFor('script').ms).toBe(0);
	});

	it('without a trusted address nobody is told apart: only the national budget counts', () => {
		const { throttle } = throttleAt();
		fail(throttle, null, codeThrottleSettings.globalPerHour - 1);
		expect(throttle.waitFor(null).ms).toBe(0);
	});

	it('bounds wrong codes from everyone together to the hour’s budget', () => {
		const { throttle, advance } = throttleAt();
		for (let i = 0; i < codeThrottleSettings.globalPerHour; i++) {
			throttle.recordFailure(`client-${i % 10}`);
			advance(1000);
		}
		const wait = throttle.waitFor('fresh');
		expect(wait.cause).toBe('everyone');
		// Until the hour's first wrong code is an hour old.
		expect(wait.ms).toBe(60 * 60_000 - codeThrottleSettings.globalPerHour * 1000);
		advance(wait.ms);
		expect(throttle.waitFor('fresh').ms).toBe(0);
	});
});

describe('the client key', () => {
	const headers = (values: Record<string, string>) => new Headers(values);

	it('is none unless the operator names a header, and none when the header is missing', () => {
		expect(trustedClientKey(headers({ 'x-real-ip': '203.0.113.9' }), undefined)).toBeNull();
		expect(trustedClientKey(headers({}), 'x-real-ip')).toBeNull();
	});

	it('is a keyed hash of the address the proxy appended, never the address itself', () => {
		const key = trustedClientKey(
			headers({ 'x-forwarded-for': 'spoofed, 203.0.113.9' }),
			'x-forwarded-for'
		);
		expect(key).not.toBeNull();
		expect(key).not.toContain('203');
		expect(key).toBe(trustedClientKey(headers({ 'x-real-ip': '203.0.113.9' }), 'x-real-ip'));
		expect(key).not.toBe(trustedClientKey(headers({ 'x-real-ip': '203.0.113.10' }), 'x-real-ip'));
	});
});
