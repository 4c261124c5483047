/** A questionnaire post is a few kilobytes; anything far larger is not one of our forms. */
export const formBodyLimit = 32 * 1024;

export type ReadForm = { ok: true; form: FormData } | { ok: false; status: 413 | 415 | 400 };

/**
 * Reads a form body, keeping at most `limit` bytes of it. The body is always read to its end,
 * also when its declared length or its type already decides the answer: a response sent while the
 * request is still unread leaves the client's bytes on a kept-alive connection, Node resets it,
 * and the sender's next request on it fails (a connection error instead of a page; found by
 * tests/actions.fuzz.e2e.ts). The server's own body limit (adapter-node's BODY_SIZE_LIMIT)
 * bounds the reading.
 */
export async function readFormWithLimit(
	request: Request,
	limit = formBodyLimit
): Promise<ReadForm> {
	const declared = Number(request.headers.get('content-length') ?? '0');
	const type = request.headers.get('content-type') ?? '';
	const isForm = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type);
	const keep = isForm && !(declared > limit);
	const chunks: Uint8Array[] = [];
	let size = 0;
	if (request.body) {
		const reader = request.body.getReader();
		try {
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				size += value.byteLength;
				// Past the limit the rest is read and dropped rather than cancelled: cancelling a
				// chunked upload midway closes the connection, and the sender never sees the 413.
				if (keep && size <= limit) chunks.push(value);
			}
		} catch {
			// The sender went away or passed the server's own limit mid-body: nothing to read.
			return { ok: false, status: 400 };
		}
	}
	if (declared > limit || size > limit) return { ok: false, status: 413 };
	if (!isForm) return { ok: false, status: 415 };
	try {
		const body = Buffer.concat(chunks);
		if (/^application\/x-www-form-urlencoded\b/i.test(type)) {
			// What `Response.formData()` does for this type, without building a Response: the
			// questionnaire's post without JavaScript comes this way on every submit.
			const form = new FormData();
			for (const [name, value] of new URLSearchParams(body.toString('utf8'))) {
				form.append(name, value);
			}
			return { ok: true, form };
		}
		return {
			ok: true,
			form: await new Response(body, { headers: { 'content-type': type } }).formData()
		};
	} catch {
		return { ok: false, status: 400 };
	}
}
