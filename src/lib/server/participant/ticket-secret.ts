import { db } from '../db';
import { loadServerSecret } from '../db/secrets';

let secret: Promise<Buffer> | null = null;

/**
 * The key of submission tickets, read once per process from the database (every process and
 * every restart signs and verifies with the same key, so a page rendered before a restart can
 * still be sent after it).
 */
export function ticketSecret(): Promise<Buffer> {
	secret ??= loadServerSecret(db, 'submission-ticket').catch((error: unknown) => {
		secret = null;
		throw error;
	});
	return secret;
}
