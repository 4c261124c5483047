import { describe, expect, it } from 'vitest';
import { engines, useTestDatabase } from '$test/database';
import { createSession, generateSessionToken, validateSessionToken } from '../auth/session';
import { listAudit } from '../db/audit';
import { findUserById, insertUser } from '../db/users';
import { updatePerson } from './accounts';

describe.each(engines)('NNS changing a person on %s', (engine) => {
	const database = useTestDatabase(engine);

	async function signedInPerson(isNnsAdmin: boolean) {
		const nns = await insertUser(database.db, {
			email: 'nns@example.se',
			name: 'Ingrid',
			isNnsAdmin: true
		});
		const person = await insertUser(database.db, {
			email: 'bo@example.se',
			name: 'Bo Berg',
			isNnsAdmin
		});
		const token = generateSessionToken();
		await createSession(database.db, token, person.id);
		return { nns, person, token };
	}

	it('renames and logs, and the person stays signed in', async () => {
		const { nns, person, token } = await signedInPerson(false);
		await updatePerson(database.db, nns, person, {
			name: 'Bo Bergström',
			isNnsAdmin: false,
			active: true
		});
		expect((await findUserById(database.db, person.id))?.name).toBe('Bo Bergström');
		expect((await validateSessionToken(database.db, token)).user?.id).toBe(person.id);
		const [entry] = await listAudit(database.db);
		expect(entry).toMatchObject({
			action: 'user.update',
			summary: 'Ändrade Bo Bergström (bo@example.se): inte NNS administratör, aktiv.'
		});
	});

	it.each([
		['switching the account off', false, { isNnsAdmin: false, active: false }],
		['taking NNS rights away', true, { isNnsAdmin: false, active: true }]
	])('ends every session when %s', async (_, wasNns, changes) => {
		const { nns, person, token } = await signedInPerson(wasNns);
		await updatePerson(database.db, nns, person, { name: person.name, ...changes });
		expect((await validateSessionToken(database.db, token)).user).toBeNull();
		expect(await listAudit(database.db)).toHaveLength(1);
	});
});
