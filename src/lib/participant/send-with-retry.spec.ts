import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendWithRetry } from './send-with-retry';

describe('sendWithRetry', () => {
	const realFetch = globalThis.fetch;
	let calls: number;
	let replies: (() => Promise<Response>)[];
	beforeEach(() => {
		calls = 0;
		globalThis.fetch = (() => {
			const reply = replies[calls++];
			return reply ? reply() : Promise.reject(new TypeError('no reply planned'));
		}) as typeof fetch;
	});
	afterEach(() => {
		// Spec files share one module environment: put the global back as it was.
		globalThis.fetch = realFetch;
	});

	const lost = () => Promise.reject(new TypeError('Failed to fetch'));
	const json = (body: unknown) => () => Promise.resolve(new Response(JSON.stringify(body)));
	const options = (retried: number[]) => ({
		attempts: 3,
		baseDelayMs: 1,
		onRetry: (attempt: number) => void retried.push(attempt)
	});

	it('tries again after a lost connection and returns the redirect', async () => {
		replies = [lost, json({ type: 'redirect', status: 303, location: '/e/t/sv/tack' })];
		const retried: number[] = [];
		const answer = await sendWithRetry('/e/t/sv?/skicka', new FormData(), options(retried));
		expect(answer).toEqual({ type: 'redirect', status: 303, location: '/e/t/sv/tack' });
		expect(retried).toEqual([1]);
	});

	it('takes a reply that is not JSON (cut off, or a proxy page) as no reply', async () => {
		replies = [
			() => Promise.resolve(new Response('<html>502</html>', { status: 502 })),
			json({ type: 'failure', status: 400, data: '[]' })
		];
		const answer = await sendWithRetry('/x', new FormData(), options([]));
		expect(answer?.type).toBe('failure');
		expect(calls).toBe(2);
	});

	it('gives up after the last attempt', async () => {
		replies = [lost, lost, lost];
		const retried: number[] = [];
		expect(await sendWithRetry('/x', new FormData(), options(retried))).toBeUndefined();
		expect(retried).toEqual([1, 2]);
		expect(calls).toBe(3);
	});
});
