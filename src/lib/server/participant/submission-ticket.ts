import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * A submission id the server can recognise as its own: `<uuid>.<issued>.<mac>`, where the MAC
 * binds the random UUID to its round and the moment the page was rendered. A script that makes
 * up ids without loading the questionnaire gets nothing stored, and a ticket is good for a day,
 * so tickets cannot be hoarded for a later flood. Only the UUID is stored with the answers; the
 * issue time never reaches the database or a log.
 */
export const ticketLifetimeMs = 24 * 60 * 60 * 1000;
/** Several processes may issue and verify; their clocks may differ a little. */
const clockSkewMs = 5 * 60 * 1000;

export type TicketCheck = { ok: true; submissionId: string } | { ok: false; expired: boolean };

function mac(secret: Buffer, roundId: number, id: string, issued: string): Buffer {
	return createHmac('sha256', secret)
		.update(`submission|${roundId}|${id}|${issued}`)
		.digest()
		.subarray(0, 16);
}

export function issueSubmissionTicket(secret: Buffer, roundId: number, now = Date.now()): string {
	const id = randomUUID();
	const issued = Math.floor(now / 1000).toString(36);
	return `${id}.${issued}.${mac(secret, roundId, id, issued).toString('base64url')}`;
}

const ticketShape =
	/^([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{22})$/;

export function checkSubmissionTicket(
	secret: Buffer,
	roundId: number,
	ticket: unknown,
	now = Date.now()
): TicketCheck {
	const parts = typeof ticket === 'string' ? ticketShape.exec(ticket) : null;
	if (!parts) return { ok: false, expired: false };
	const [, id, issued, given] = parts as unknown as [string, string, string, string];
	const expected = mac(secret, roundId, id, issued);
	if (!timingSafeEqual(expected, Buffer.from(given, 'base64url'))) {
		return { ok: false, expired: false };
	}
	const issuedMs = parseInt(issued, 36) * 1000;
	if (issuedMs > now + clockSkewMs) return { ok: false, expired: false };
	if (now - issuedMs > ticketLifetimeMs) return { ok: false, expired: true };
	return { ok: true, submissionId: id };
}
