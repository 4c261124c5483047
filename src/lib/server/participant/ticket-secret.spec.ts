import { describe, expect, it } from 'vitest';
import { engines, useTestDatabase } from '$test/database';
import { loadServerSecret } from '../db/secrets';
import { ticketSecret } from './ticket-secret';

describe.each(engines)('the ticket key on %s', (engine) => {
	const database = useTestDatabase(engine);

	it('is the database’s submission-ticket secret, read once and then kept', async () => {
		const first = ticketSecret(database.db);
		expect(ticketSecret(database.db)).toBe(first);
		expect((await first).equals(await loadServerSecret(database.db, 'submission-ticket'))).toBe(
			true
		);
	});
});
