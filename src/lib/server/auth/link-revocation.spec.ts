import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, engines, type TestDatabase } from '$test/database';
import { forbund } from '../db/schema';
import { insertUser, setMembership, updateUser } from '../db/users';
import { consumeUserToken, createUserToken, peekUserToken } from './user-token';

// The attack from the security review: a förbund admin keeps a second invitation link,
// the person is later made NNS admin, and the old link would open the wider account.
describe.each(engines)('outstanding links are revoked on %s', (engine) => {
	let database: TestDatabase;
	let forbundA: number;
	let forbundB: number;
	let adminA: number;
	let counter = 0;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
		const rows = await database.db
			.insert(forbund)
			.values([
				{ name: 'Förbund A', lan: 'Skåne', omrade: 'syd' },
				{ name: 'Förbund B', lan: 'Skåne', omrade: 'syd' }
			])
			.returning({ id: forbund.id });
		forbundA = rows[0]!.id;
		forbundB = rows[1]!.id;
		adminA = (await insertUser(database.db, { email: 'admin-a@example.se', name: 'Ada Admin' })).id;
		await setMembership(database.db, adminA, forbundA, 'admin');
	});
	afterAll(async () => {
		await database.destroy();
	});

	async function personInA() {
		counter += 1;
		const person = await insertUser(database.db, {
			email: `p${counter}@example.se`,
			name: 'Pia Person'
		});
		await setMembership(database.db, person.id, forbundA, 'reader');
		return person.id;
	}

	it('using one link ends every other link of the person', async () => {
		const person = await personInA();
		const first = await createUserToken(database.db, person, 'invitation');
		// Made by hand, as two admins could have done at the same moment.
		const second = await createUserToken(database.db, person, 'reset');
		expect(await peekUserToken(database.db, first, 'invitation')).toBeNull();
		expect(await consumeUserToken(database.db, second)).toBe(true);
		const third = await createUserToken(database.db, person, 'reset');
		const fourth = await createUserToken(database.db, person, 'reset');
		expect(await peekUserToken(database.db, third, 'reset')).toBeNull();
		expect(await consumeUserToken(database.db, fourth)).toBe(true);
		expect(await peekUserToken(database.db, fourth, 'reset')).toBeNull();
	});

	it('a new password ends outstanding reset links', async () => {
		const person = await personInA();
		const link = await createUserToken(database.db, person, 'reset');
		await updateUser(database.db, person, { passwordHash: 'changed-by-the-person' });
		expect(await peekUserToken(database.db, link, 'reset')).toBeNull();
	});

	it('an invitation works only while the account has no password', async () => {
		const person = await personInA();
		const link = await createUserToken(database.db, person, 'invitation');
		// Set directly, without updateUser's revocation, to test the rule on its own.
		await database.rows(`update app_user set password_hash = 'x' where id = ${person}`);
		expect(await peekUserToken(database.db, link, 'invitation')).toBeNull();
	});

	it('becoming NNS admin ends the link a förbund admin holds', async () => {
		const person = await personInA();
		const link = await createUserToken(database.db, person, 'invitation', new Date(), adminA);
		expect(await peekUserToken(database.db, link, 'invitation')).not.toBeNull();
		await updateUser(database.db, person, { isNnsAdmin: true });
		expect(await peekUserToken(database.db, link, 'invitation')).toBeNull();
	});

	it('a role in another förbund ends the links', async () => {
		const person = await personInA();
		const link = await createUserToken(database.db, person, 'invitation', new Date(), adminA);
		await setMembership(database.db, person, forbundB, 'reader');
		expect(await peekUserToken(database.db, link, 'invitation')).toBeNull();
	});

	it('checks the right of the admin who saw the link when it is used', async () => {
		const person = await personInA();
		const link = await createUserToken(database.db, person, 'invitation', new Date(), adminA);
		// Rights changed without going through setMembership: the check at use still holds.
		await database.rows(
			`insert into membership (user_id, forbund_id, role) values (${person}, ${forbundB}, 'reader')`
		);
		expect(await peekUserToken(database.db, link, 'invitation')).toBeNull();
	});
});
