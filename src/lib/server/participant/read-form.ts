/** A questionnaire post is a few kilobytes; anything far larger is not one of our forms. */
export const formBodyLimit = 32 * 1024;

export type ReadForm = { ok: true; form: FormData } | { ok: false; status: 413 | 415 | 400 };

/** Reads a form body, refusing it before parsing once it passes `limit` bytes. */
export async function readFormWithLimit(
	request: Request,
	limit = formBodyLimit
): Promise<ReadForm> {
	const declared = Number(request.headers.get('content-length') ?? '0');
	if (declared > limit) return { ok: false, status: 413 };
	const type = request.headers.get('content-type') ?? '';
	if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
		return { ok: false, status: 415 };
	}
	const chunks: Uint8Array[] = [];
	let size = 0;
	if (request.body) {
		const reader = request.body.getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			// Past the limit the rest is read and dropped rather than cancelled: cancelling a
			// chunked upload midway closes the connection, and the sender never sees the 413.
			// The server's own body limit (adapter-node's BODY_SIZE_LIMIT) bounds the draining.
			if (size <= limit) chunks.push(value);
		}
	}
	if (size > limit) return { ok: false, status: 413 };
	try {
		const body = Buffer.concat(chunks);
		return {
			ok: true,
			form: await new Response(body, { headers: { 'content-type': type } }).formData()
		};
	} catch {
		return { ok: false, status: 400 };
	}
}
