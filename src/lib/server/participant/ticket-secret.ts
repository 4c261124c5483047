import type { Db } from '../db/connect';
import { loadServerSecret } from '../db/secrets';

const secrets = new WeakMap<Db, Promise<Buffer>>();

/**
 * The key of submission tickets, read once per process and database (every process and every
 * restart signs and verifies with the same key, so a page rendered before a restart can still be
 * sent after it). Takes `db` like every server module, so that it can be tested without the
 * app's own database.
 */
export function ticketSecret(db: Db): Promise<Buffer> {
	let secret = secrets.get(db);
	if (!secret) {
		secret = loadServerSecret(db, 'submission-ticket');
		secrets.set(db, secret);
		// A failed read (the database away for a moment) is tried again on the next request.
		secret.catch(() => secrets.delete(db));
	}
	return secret;
}
