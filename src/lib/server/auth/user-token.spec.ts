import { beforeAll, describe, expect, it } from 'vitest';
import { engines, useTestDatabase } from '$test/database';
import { insertUser } from '../db/users';
import { hashToken } from './token';
import {
	consumeUserToken,
	createUserToken,
	peekUserToken,
	userTokenLifetimeMs
} from './user-token';

const start = new Date('2026-03-01T08:00:00Z');

describe.each(engines)('invitation and reset links on %s', (engine) => {
	// One database for the file; the tests share one person.
	const database = useTestDatabase(engine, { resetEachTest: false });
	let userId: number;
	beforeAll(async () => {
		userId = (await insertUser(database.db, { email: 'd@example.se', name: 'Dan Ås' })).id;
	});

	it('stores only the hash of the link', async () => {
		const token = await createUserToken(database.db, userId, 'invitation', start);
		const rows = await database.rows<{ id: string }>('select id from user_token');
		expect(rows.map((r) => r.id)).toContain(hashToken(token));
		expect(rows.map((r) => r.id)).not.toContain(token);
	});

	it('works once: a second use is refused', async () => {
		const token = await createUserToken(database.db, userId, 'invitation', start);
		expect(await peekUserToken(database.db, token, 'invitation', start)).toMatchObject({
			userId,
			email: 'd@example.se'
		});
		const [first, second] = await Promise.all([
			consumeUserToken(database.db, token, start),
			consumeUserToken(database.db, token, start)
		]);
		expect([first, second].sort()).toEqual([false, true]);
		expect(await peekUserToken(database.db, token, 'invitation', start)).toBeNull();
	});

	it('expires after 7 days', async () => {
		const token = await createUserToken(database.db, userId, 'reset', start);
		const almost = new Date(start.getTime() + userTokenLifetimeMs - 1000);
		const after = new Date(start.getTime() + userTokenLifetimeMs);
		expect(await peekUserToken(database.db, token, 'reset', almost)).not.toBeNull();
		expect(await peekUserToken(database.db, token, 'reset', after)).toBeNull();
		expect(await consumeUserToken(database.db, token, after)).toBe(false);
	});

	it('is only good for its own kind and refuses malformed tokens', async () => {
		const token = await createUserToken(database.db, userId, 'reset', start);
		expect(await peekUserToken(database.db, token, 'invitation', start)).toBeNull();
		expect(await peekUserToken(database.db, "x' or 1=1 --", 'reset', start)).toBeNull();
	});
});
