import { describe, expect, it } from 'vitest';
import { drainUnreadBody } from './drain-body';

/** A request whose body reports whether it was read to its end. */
function trackedRequest(bytes: number) {
	const state = { ended: false };
	let sent = 0;
	const body = new ReadableStream<Uint8Array>({
		pull(controller) {
			if (sent >= bytes) {
				state.ended = true;
				return controller.close();
			}
			sent += 1_000;
			controller.enqueue(new Uint8Array(1_000).fill(120));
		}
	});
	const request = new Request('http://localhost/admin/x?/save', {
		method: 'POST',
		body,
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		duplex: 'half'
	} as RequestInit);
	return { request, state };
}

describe('drainUnreadBody', () => {
	it('reads an unread body to its end, so that the connection can carry the next request', async () => {
		const { request, state } = trackedRequest(300_000);
		await drainUnreadBody(request);
		expect(state.ended).toBe(true);
	});

	it('leaves a body the app has read, and a request without one, alone', async () => {
		const { request } = trackedRequest(2_000);
		await request.text();
		await expect(drainUnreadBody(request)).resolves.toBeUndefined();
		await expect(drainUnreadBody(new Request('http://localhost/'))).resolves.toBeUndefined();
	});

	it('does not throw when the sender goes away mid-body', async () => {
		const body = new ReadableStream<Uint8Array>({
			pull(controller) {
				controller.error(new Error('aborted'));
			}
		});
		const request = new Request('http://localhost/', {
			method: 'POST',
			body,
			duplex: 'half'
		} as RequestInit);
		await expect(drainUnreadBody(request)).resolves.toBeUndefined();
	});
});
