import { ping, type Db } from '../db/connect';

export type Health = { status: 'ok' } | { status: 'unavailable' };

/** How long the health check waits for the database before calling it gone. */
const timeoutMs = 3000;

export async function checkHealth(db: Db): Promise<Health> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
	});
	try {
		await Promise.race([ping(db), timeout]);
		return { status: 'ok' };
	} catch {
		return { status: 'unavailable' };
	} finally {
		clearTimeout(timer);
	}
}
