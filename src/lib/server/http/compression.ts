import { promisify } from 'node:util';
import {
	brotliCompress,
	constants,
	createBrotliCompress,
	createGzip,
	gzip,
	type BrotliOptions,
	type ZlibOptions
} from 'node:zlib';

/**
 * Compression of the app's own responses (pages, JSON, CSV), so that `node build` without a
 * proxy in front sends a participant on a slow phone a fraction of the bytes. Static assets are
 * precompressed by adapter-node and never reach this code.
 */

export type Encoding = 'br' | 'gzip';

/** Below this a compressed body saves less than the round trip costs to read its headers. */
export const minimumBytes = 1024;

const compressibleType =
	/^(text\/|application\/(json|javascript|xml|x-ndjson|manifest\+json|[\w.+-]+\+(json|xml))|image\/svg\+xml)/i;

/**
 * Quality 5 for a page of the usual size, not brotli's default 11: 11 spends tens of
 * milliseconds of a 2-core server on each page for a few hundred bytes less; 5 is already well
 * below gzip's size at a fraction of that. Quality 4 for large or streamed bodies (a published
 * report is 800 KB of HTML): half of 5's time for 3 % more bytes.
 */
const largeBytes = 64 * 1024;
const brotliOptions = (sizeHint?: number): BrotliOptions => ({
	params: {
		[constants.BROTLI_PARAM_QUALITY]: sizeHint !== undefined && sizeHint <= largeBytes ? 5 : 4,
		[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
		...(sizeHint ? { [constants.BROTLI_PARAM_SIZE_HINT]: sizeHint } : {})
	}
});
const gzipOptions: ZlibOptions = { level: 6 };

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The encoding to send for an `Accept-Encoding` header: brotli when accepted, else gzip. */
export function chooseEncoding(acceptEncoding: string | null): Encoding | undefined {
	if (!acceptEncoding) return undefined;
	const accepted = new Map<string, number>();
	for (const part of acceptEncoding.split(',')) {
		const [name, ...parameters] = part.trim().toLowerCase().split(';');
		if (!name) continue;
		const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const weight = q ? Number(q.slice(2)) : 1;
		accepted.set(name, Number.isFinite(weight) ? weight : 0);
	}
	const weightOf = (name: Encoding) => accepted.get(name) ?? accepted.get('*') ?? 0;
	if (weightOf('br') > 0) return 'br';
	if (weightOf('gzip') > 0) return 'gzip';
	return undefined;
}

function isCompressible(response: Response): boolean {
	return compressibleType.test(response.headers.get('content-type') ?? '');
}

function withVary(headers: Headers): void {
	const vary = headers.get('vary');
	if (!vary) headers.set('vary', 'Accept-Encoding');
	else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) {
		headers.set('vary', `${vary}, Accept-Encoding`);
	}
}

/**
 * A stream that compresses each chunk as it comes and flushes it at once, so that a streamed
 * response (a page whose data arrives later, a long CSV) still reaches the reader piece by piece.
 */
function compressingStream(encoding: Encoding): TransformStream<Uint8Array, Uint8Array> {
	const zlib = encoding === 'br' ? createBrotliCompress(brotliOptions()) : createGzip(gzipOptions);
	const flushKind = encoding === 'br' ? constants.BROTLI_OPERATION_FLUSH : constants.Z_SYNC_FLUSH;
	let failure: Error | undefined;
	return new TransformStream({
		start(controller) {
			zlib.on('data', (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)));
			zlib.on('error', (error) => {
				failure = error;
				controller.error(error);
			});
		},
		transform(chunk) {
			return new Promise<void>((resolve, reject) => {
				if (failure) return reject(failure);
				zlib.write(chunk);
				zlib.flush(flushKind, () => (failure ? reject(failure) : resolve()));
			});
		},
		flush() {
			return new Promise<void>((resolve, reject) => {
				if (failure) return reject(failure);
				zlib.once('end', resolve);
				zlib.end();
			});
		}
	});
}

/**
 * The response compressed for the request, or unchanged when it has no body, is already
 * encoded, is not text, is too small to gain, or the client accepts no encoding we offer.
 */
export async function compressResponse(request: Request, response: Response): Promise<Response> {
	if (!response.body || request.method === 'HEAD' || !isCompressible(response)) return response;
	if (response.headers.has('content-encoding') || response.headers.has('content-range')) {
		return response;
	}
	const headers = new Headers(response.headers);
	withVary(headers);
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	const length = response.headers.get('content-length');
	if (!encoding || (length !== null && Number(length) < minimumBytes)) {
		return new Response(response.body, {
			status: response.status,
			statusText: response.statusText,
			headers
		});
	}
	headers.set('content-encoding', encoding);
	headers.delete('content-length');
	// An ETag names the uncompressed bytes; a weak one still lets a cache revalidate.
	const etag = headers.get('etag');
	if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
	const init = { status: response.status, statusText: response.statusText, headers };

	if (length === null) {
		return new Response(response.body.pipeThrough(compressingStream(encoding)), init);
	}
	// A body of known length is whole already: compress it in one piece, off the main thread.
	const plain = Buffer.from(await response.arrayBuffer());
	const compressed =
		encoding === 'br'
			? await brotliAsync(plain, brotliOptions(plain.byteLength))
			: await gzipAsync(plain, gzipOptions);
	headers.set('content-length', String(compressed.byteLength));
	return new Response(new Uint8Array(compressed), init);
}
