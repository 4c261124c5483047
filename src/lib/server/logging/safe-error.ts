/**
 * What the server log may say about an error: its class, the database error code and where in
 * the code it happened, never its message. Messages of database errors carry the query's
 * parameters (every answer of a participant, a name, an address), and a log line is a moment.
 */
export function describeError(error: unknown, where: string): string {
	const parts = [`Fel i ${where}:`, errorClass(error)];
	const code = errorCode(error);
	if (code) parts.push(`kod ${code}`);
	const frames = stackFrames(error);
	return frames.length > 0 ? `${parts.join(' ')}\n${frames.join('\n')}` : parts.join(' ');
}

function errorClass(error: unknown): string {
	if (error instanceof Error) return error.constructor.name || error.name;
	return typeof error;
}

/** PostgreSQL's SQLSTATE (e.g. 23505), also when wrapped by drizzle in `cause`. */
export function errorCode(error: unknown): string | null {
	for (let current = error, depth = 0; current && depth < 5; depth++) {
		if (typeof current !== 'object') break;
		const code = (current as { code?: unknown }).code;
		if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
		current = (current as { cause?: unknown }).cause;
	}
	return null;
}

/** The `at …` lines of the stack only: the first line repeats the message. */
function stackFrames(error: unknown): string[] {
	if (!(error instanceof Error) || !error.stack) return [];
	return error.stack
		.split('\n')
		.filter((line) => /^\s+at /.test(line))
		.slice(0, 8);
}
