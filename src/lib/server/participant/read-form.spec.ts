import { describe, expect, it } from 'vitest';
import { readFormWithLimit } from './read-form';

const post = (body: BodyInit, headers: Record<string, string>) =>
	new Request('http://localhost/e/x/sv?/skicka', { method: 'POST', body, headers });

describe('readFormWithLimit', () => {
	it('reads a url-encoded form', async () => {
		const result = await readFormWithLimit(
			post('a=1&b=2', { 'content-type': 'application/x-www-form-urlencoded' })
		);
		expect(result.ok && result.form.get('b')).toBe('2');
	});

	it('reads a multipart form, as use:enhance and fetch send it', async () => {
		const form = new FormData();
		form.set('a', 'ett');
		const request = new Request('http://localhost/', { method: 'POST', body: form });
		const result = await readFormWithLimit(request);
		expect(result.ok && result.form.get('a')).toBe('ett');
	});

	it('refuses a body over the limit, also when its length is not declared', async () => {
		const big = 'a='.padEnd(40_000, 'x');
		const declared = await readFormWithLimit(
			post(big, { 'content-type': 'application/x-www-form-urlencoded' })
		);
		expect(declared).toEqual({ ok: false, status: 413 });
		const stream = new ReadableStream({
			start(controller) {
				controller.enqueue(new TextEncoder().encode(big));
				controller.close();
			}
		});
		const undeclared = await readFormWithLimit(
			new Request('http://localhost/', {
				method: 'POST',
				body: stream,
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				duplex: 'half'
			} as RequestInit)
		);
		expect(undeclared).toEqual({ ok: false, status: 413 });
	});

	it('refuses a body that is not a form', async () => {
		const result = await readFormWithLimit(post('{"a":1}', { 'content-type': 'application/json' }));
		expect(result).toEqual({ ok: false, status: 415 });
	});
});
