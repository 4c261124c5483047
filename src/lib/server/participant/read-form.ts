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
			if (size > limit) {
				await reader.cancel();
				return { ok: false, status: 413 };
			}
			chunks.push(value);
		}
	}
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
