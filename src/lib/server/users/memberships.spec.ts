import { describe, expect, it } from 'vitest';
import { engines, useTestDatabase } from '$test/database';
import { person as signedIn } from '$test/guards';
import { createSession, generateSessionToken, validateSessionToken } from '../auth/session';
import { listAudit } from '../db/audit';
import { forbund } from '../db/schema';
import { findMembership, insertUser } from '../db/users';
import { removeMember, sendPersonLink, setMemberRole } from './memberships';

describe.each(engines)('memberships on %s', (engine) => {
	const database = useTestDatabase(engine);

	async function setup() {
		const [forbundRow] = await database.db
			.insert(forbund)
			.values({ name: 'Östra Södertörn', lan: 'Stockholm', omrade: 'öst' })
			.returning();
		const admin = await insertUser(database.db, { email: 'ada@example.se', name: 'Ada Admin' });
		const member = await insertUser(database.db, { email: 'bo@example.se', name: 'Bo Berg' });
		const change = {
			actor: { id: admin.id, name: admin.name },
			person: { id: member.id, name: member.name },
			forbund: { id: forbundRow!.id, name: forbundRow!.name }
		};
		return { forbundRow: forbundRow!, admin, member, change };
	}

	it('gives a role and records it in the förbund’s log, in the role’s own words', async () => {
		const { forbundRow, member, change } = await setup();
		await setMemberRole(database.db, change, 'reader');
		await setMemberRole(database.db, change, 'admin');
		expect((await findMembership(database.db, member.id, forbundRow.id))?.role).toBe('admin');
		const log = await listAudit(database.db, { forbundId: forbundRow.id });
		expect(log.map((e) => e.summary).sort()).toEqual([
			'Gav Bo Berg rollen administratör i Östra Södertörn.',
			'Gav Bo Berg rollen läsare i Östra Södertörn.'
		]);
		expect(log.every((e) => e.action === 'user.role')).toBe(true);
	});

	it('removes a member and records it; the person’s sessions stay, by the same rule for NNS and the förbund', async () => {
		const { forbundRow, member, change } = await setup();
		await setMemberRole(database.db, change, 'reader');
		const token = generateSessionToken();
		await createSession(database.db, token, member.id);
		await removeMember(database.db, change);
		expect(await findMembership(database.db, member.id, forbundRow.id)).toBeFalsy();
		const log = await listAudit(database.db, { forbundId: forbundRow.id });
		expect(log.find((e) => e.action === 'user.remove')?.summary).toBe(
			'Tog bort Bo Berg från Östra Södertörn.'
		);
		expect((await validateSessionToken(database.db, token)).user?.id).toBe(member.id);
	});

	it('sends an invitation to a person without a password, a reset link otherwise, and logs it where asked', async () => {
		const { forbundRow, admin, member } = await setup();
		const nns = signedIn(admin.id, [], true);
		const invited = await sendPersonLink(
			database.db,
			'http://localhost',
			nns,
			{ ...member, passwordHash: null },
			forbundRow.id
		);
		expect(invited.link).toMatch(/\/inbjudan\/[a-z2-7]{40}$/);
		const reset = await sendPersonLink(
			database.db,
			'http://localhost',
			nns,
			{ ...member, passwordHash: 'x' },
			null
		);
		expect(reset.link).toMatch(/\/aterstall\/[a-z2-7]{40}$/);
		const inForbund = await listAudit(database.db, { forbundId: forbundRow.id });
		expect(inForbund.map((e) => [e.action, e.summary])).toEqual([
			['user.invite', 'Skapade en länk för inbjudan till Bo Berg.']
		]);
		const all = await listAudit(database.db);
		expect(all.map((e) => e.action).sort()).toEqual(['user.invite', 'user.reset-link']);
	});
});
