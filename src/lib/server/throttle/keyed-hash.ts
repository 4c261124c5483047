import { createHmac, randomBytes } from 'node:crypto';

/**
 * The key of every throttle hash and of the known-device cookie. A plain hash of an IPv4 address
 * is reversed by trying all four billion; keyed with a secret that is not in the database it is
 * not. Set THROTTLE_SECRET in production so that throttles and device cookies outlive a restart;
 * without it each process draws its own.
 */
const throttleSecret = process.env.THROTTLE_SECRET
	? Buffer.from(process.env.THROTTLE_SECRET, 'utf8')
	: randomBytes(32);

export function keyed(value: string): string {
	return createHmac('sha256', throttleSecret).update(value).digest('base64url');
}
