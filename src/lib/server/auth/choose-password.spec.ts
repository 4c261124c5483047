import { describe, expect, it } from 'vitest';
import { engines, useTestDatabase } from '$test/database';
import { refusal } from '$test/guards';
import { insertUser } from '../db/users';
import { loadTokenPage } from './choose-password';
import { consumeUserToken, createUserToken } from './user-token';

describe.each(engines)('the page behind a password link on %s', (engine) => {
	const database = useTestDatabase(engine);

	it('names the person while the link can be used, and answers 410 once it is used', async () => {
		const person = await insertUser(database.db, { email: 'ny@example.se', name: 'Nina Ny' });
		const token = await createUserToken(database.db, person.id, 'invitation');
		expect(await loadTokenPage(database.db, token, 'invitation')).toEqual({
			name: 'Nina Ny',
			email: 'ny@example.se'
		});
		// A link is for one purpose: an invitation is no reset link.
		expect(await refusal(loadTokenPage(database.db, token, 'reset'))).toBe(410);
		expect(await consumeUserToken(database.db, token)).toBe(true);
		expect(await refusal(loadTokenPage(database.db, token, 'invitation'))).toBe(410);
	});
});
