import { beforeAll, describe, expect, it } from 'vitest';
import { engines, useTestDatabase } from '$test/database';
import { verifyPasswordHash } from '../auth/password';
import { importRegisterIfEmpty } from '../db/forbund';
import { getSettings } from '../db/settings';
import { findUserByEmail, listMemberships } from '../db/users';
import { parseRegister } from '../register/forbund-register';
import { demoLogins, demoPassword, seedDemoUsersIfEmpty } from './users';

describe.each(engines)('demo accounts on %s', (engine) => {
	// One database for the file; the tests build on each other, in order.
	const database = useTestDatabase(engine, { resetEachTest: false });
	beforeAll(async () => {
		await importRegisterIfEmpty(database.db, parseRegister());
	});

	it('creates an NNS admin and an admin and a reader in each of two förbund', async () => {
		expect(await seedDemoUsersIfEmpty(database.db, 2026)).toBe(true);
		const nns = await findUserByEmail(database.db, demoLogins[0]!.email);
		expect(nns?.isNnsAdmin).toBe(true);
		expect(await verifyPasswordHash(nns!.passwordHash!, demoPassword)).toBe(true);
		const roles = await Promise.all(
			demoLogins.slice(1).map(async (login) => {
				const user = await findUserByEmail(database.db, login.email);
				return (await listMemberships(database.db, user!.id)).map(
					(m) => `${m.forbundName}:${m.role}`
				);
			})
		);
		expect(roles).toEqual([
			['Östra Södertörn:admin'],
			['Östra Södertörn:reader'],
			['Huddinge, Botkyrka, Salem:admin'],
			['Huddinge, Botkyrka, Salem:reader']
		]);
		expect(demoLogins.map((l) => l.description)).toEqual([
			'NNS administratör',
			'administratör, förbund A',
			'läsare, förbund A',
			'administratör, förbund B',
			'läsare, förbund B'
		]);
	});

	it('leaves existing accounts alone on the next start', async () => {
		const before = await database.rows<{ n: number }>('select count(*)::int as n from app_user');
		expect(await seedDemoUsersIfEmpty(database.db, 2026)).toBe(true);
		const after = await database.rows<{ n: number }>('select count(*)::int as n from app_user');
		expect(after).toEqual(before);
	});

	it('starts with the brief’s disclosure thresholds: 5 outside, 3 inside', async () => {
		expect(await getSettings(database.db)).toEqual({ disclosureOutside: 5, disclosureInside: 3 });
	});
});
