import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	checkSubmissionTicket,
	issueSubmissionTicket,
	ticketLifetimeMs
} from './submission-ticket';

const secret = randomBytes(32);
const now = Date.UTC(2026, 10, 23, 9, 30);

describe('submission tickets', () => {
	it('a ticket the server issued is accepted for its round, and only the UUID is kept', () => {
		const ticket = issueSubmissionTicket(secret, 7, now);
		const check = checkSubmissionTicket(secret, 7, ticket, now + 60_000);
		expect(check.ok).toBe(true);
		expect(check.ok && check.submissionId).toBe(ticket.split('.')[0]);
		expect(check.ok && check.submissionId).toMatch(/^[0-9a-f-]{36}$/);
		// Two page loads, two tickets.
		expect(issueSubmissionTicket(secret, 7, now)).not.toBe(ticket);
	});

	it('refuses ids made up by the client, tickets of another round or key, and tampering', () => {
		const ticket = issueSubmissionTicket(secret, 7, now);
		const [id, issued, mac] = ticket.split('.') as [string, string, string];
		const refused = [
			randomUUID(),
			`${randomUUID()}.${issued}.${mac}`,
			`${id}.${(parseInt(issued, 36) + 1).toString(36)}.${mac}`,
			`${id}.${issued}.${'A'.repeat(22)}`,
			`${ticket}x`,
			ticket.toUpperCase(),
			'',
			null,
			undefined,
			42,
			'x'.repeat(10_000)
		];
		for (const candidate of refused) {
			expect(checkSubmissionTicket(secret, 7, candidate, now)).toEqual({
				ok: false,
				expired: false
			});
		}
		expect(checkSubmissionTicket(secret, 8, ticket, now).ok).toBe(false);
		expect(checkSubmissionTicket(randomBytes(32), 7, ticket, now).ok).toBe(false);
	});

	it('is good for a day: older tickets are expired, not forged', () => {
		const ticket = issueSubmissionTicket(secret, 7, now);
		expect(checkSubmissionTicket(secret, 7, ticket, now + ticketLifetimeMs - 1000).ok).toBe(true);
		expect(checkSubmissionTicket(secret, 7, ticket, now + ticketLifetimeMs + 1000)).toEqual({
			ok: false,
			expired: true
		});
	});

	it('refuses a ticket issued in the future beyond a few minutes of clock difference', () => {
		const ticket = issueSubmissionTicket(secret, 7, now + 60 * 60 * 1000);
		expect(checkSubmissionTicket(secret, 7, ticket, now).ok).toBe(false);
		const slightlyAhead = issueSubmissionTicket(secret, 7, now + 60 * 1000);
		expect(checkSubmissionTicket(secret, 7, slightlyAhead, now).ok).toBe(true);
	});
});
