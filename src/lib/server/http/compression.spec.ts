import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressResponse, minimumBytes } from './compression';

const page = '<!doctype html><p>' + 'Hur nöjd är du med insatsen? '.repeat(200) + '</p>';

function request(acceptEncoding?: string, method = 'GET') {
	return new Request('http://127.0.0.1/e/x/sv', {
		method,
		headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}
	});
}

function html(body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
	const known = typeof body === 'string';
	return new Response(body, {
		headers: {
			'content-type': 'text/html; charset=utf-8',
			...(known ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
			...headers
		}
	});
}

describe('chooseEncoding', () => {
	it.each([
		['gzip, deflate, br, zstd', 'br'],
		['gzip, deflate', 'gzip'],
		['br;q=0, gzip', 'gzip'],
		['*', 'br'],
		['*;q=0', undefined],
		['identity', undefined],
		['GZIP;q=0.5', 'gzip'],
		['', undefined]
	])('%j → %s', (header, expected) => {
		expect(chooseEncoding(header)).toBe(expected);
	});
});

describe('compressResponse', () => {
	it('sends brotli to a browser that takes it, smaller and decoding to the same page', async () => {
		const response = await compressResponse(request('gzip, deflate, br'), html(page));
		expect(response.headers.get('content-encoding')).toBe('br');
		expect(response.headers.get('vary')).toBe('Accept-Encoding');
		const body = Buffer.from(await response.arrayBuffer());
		expect(Number(response.headers.get('content-length'))).toBe(body.byteLength);
		expect(body.byteLength).toBeLessThan(Buffer.byteLength(page) / 10);
		expect(brotliDecompressSync(body).toString('utf8')).toBe(page);
	});

	it('sends gzip to a client without brotli, and keeps status and other headers', async () => {
		const response = await compressResponse(
			request('gzip'),
			new Response(page, {
				status: 400,
				headers: {
					'content-type': 'text/html',
					'content-length': String(Buffer.byteLength(page)),
					'cache-control': 'no-store',
					vary: 'Origin'
				}
			})
		);
		expect(response.status).toBe(400);
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.get('vary')).toBe('Origin, Accept-Encoding');
		expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8')).toBe(page);
	});

	it('leaves small, encoded, binary and bodiless responses and HEAD requests as they are', async () => {
		const small = 'x'.repeat(minimumBytes - 1);
		const cases: [Request, Response][] = [
			[request('br'), html(small)],
			[request('br'), html(page, { 'content-encoding': 'gzip' })],
			[request('br'), new Response(page, { headers: { 'content-type': 'image/png' } })],
			[request('br'), new Response(null, { status: 303, headers: { location: '/tack' } })],
			[request('br', 'HEAD'), html(page)],
			[request(undefined), html(page)]
		];
		for (const [req, res] of cases) {
			const before = res.headers.get('content-encoding');
			const response = await compressResponse(req, res);
			expect(response.headers.get('content-encoding')).toBe(before);
		}
		const plain = await compressResponse(request('identity'), html(page));
		expect(await plain.text()).toBe(page);
		expect(plain.headers.get('vary')).toBe('Accept-Encoding');
	});

	it('compresses a streamed body piece by piece, each piece readable before the next is made', async () => {
		let release: () => void = () => {};
		const later = new Promise<void>((resolve) => (release = resolve));
		const encoder = new TextEncoder();
		const stream = new ReadableStream<Uint8Array>({
			async start(controller) {
				controller.enqueue(encoder.encode(page));
				await later;
				controller.enqueue(encoder.encode('<p>sist</p>'));
				controller.close();
			}
		});
		const response = await compressResponse(request('gzip'), html(stream));
		expect(response.headers.get('content-length')).toBeNull();
		const reader = response.body!.getReader();
		const received: Uint8Array[] = [];
		// The first piece arrives while the source still holds back the second.
		const first = await reader.read();
		received.push(first.value!);
		release();
		for (let next = await reader.read(); !next.done; next = await reader.read()) {
			received.push(next.value);
		}
		expect(gunzipSync(Buffer.concat(received)).toString('utf8')).toBe(page + '<p>sist</p>');
	});
});
