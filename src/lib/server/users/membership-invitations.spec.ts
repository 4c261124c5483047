import { describe, expect, it } from 'vitest';
import { engines, useTestDatabase } from '$test/database';
import { invitePerson } from '../auth/invite';
import { forbund } from '../db/schema';
import { findMembership, insertUser, setMembership } from '../db/users';
import { acceptMembership, membershipOffer } from './membership-invitations';

const origin = 'http://localhost:3000';
const tokenOf = (link: string | null) => link!.split('/').pop()!;

// From the security review: inviting an existing address told a förbund admin that the
// account existed and its real name, and added the person without asking.
describe.each(engines)('inviting an existing account into a förbund on %s', (engine) => {
	const database = useTestDatabase(engine);

	async function setup() {
		const [a, b] = await database.db
			.insert(forbund)
			.values([
				{ name: 'Förbund A', lan: 'Skåne', omrade: 'syd' },
				{ name: 'Förbund B', lan: 'Skåne', omrade: 'syd' }
			])
			.returning({ id: forbund.id, name: forbund.name });
		const admin = await insertUser(database.db, { email: 'admin@a.example', name: 'Ada Admin' });
		await setMembership(database.db, admin.id, a!.id, 'admin');
		const actor = {
			id: admin.id,
			email: admin.email,
			name: admin.name,
			isNnsAdmin: false,
			memberships: [{ forbundId: a!.id, forbundName: a!.name, role: 'admin' as const }]
		};
		const existing = await insertUser(database.db, {
			email: 'bo@b.example',
			name: 'Bo Riktignamn',
			passwordHash: 'x'
		});
		await setMembership(database.db, existing.id, b!.id, 'admin');
		return { a: a!, actor, existing };
	}

	it('answers alike for a new and an existing address, and adds nobody unasked', async () => {
		const { a, actor, existing } = await setup();
		const invite = (email: string) =>
			invitePerson(database.db, actor, origin, {
				email,
				name: 'Namn Som Skrevs',
				forbundId: a.id,
				role: 'reader'
			});
		const fresh = await invite('ny@example.se');
		const known = await invite(existing.email);
		const shape = (r: typeof fresh) => ({
			...r,
			email: '',
			link: r.link?.replace(/[a-z2-7]{40}$/, 'TOKEN') ?? null
		});
		expect(shape(known)).toEqual(shape(fresh));
		expect(known.message).not.toContain('Riktignamn');
		expect(known.link).toMatch(/\/inbjudan\/[a-z2-7]{40}$/);
		expect(await findMembership(database.db, existing.id, a.id)).toBeNull();
		const log = await database.rows<{ summary: string }>('select summary from audit_log');
		expect(log.map((l) => l.summary).join(' ')).not.toContain('Riktignamn');
	});

	it('takes effect when the person accepts, signed in, and only then', async () => {
		const { a, actor, existing } = await setup();
		const result = await invitePerson(database.db, actor, origin, {
			email: existing.email,
			name: 'Bo',
			forbundId: a.id,
			role: 'reader'
		});
		const token = tokenOf(result.link);
		expect(await membershipOffer(database.db, actor, token)).toEqual({
			ok: false,
			reason: 'other-account'
		});
		expect(await acceptMembership(database.db, actor, token)).toBeNull();
		expect(await membershipOffer(database.db, existing, token)).toMatchObject({
			ok: true,
			forbundName: 'Förbund A',
			roleLabel: 'läsare'
		});
		expect(await acceptMembership(database.db, existing, token)).toBe(a.id);
		expect(await findMembership(database.db, existing.id, a.id)).toEqual({ role: 'reader' });
		expect(await acceptMembership(database.db, existing, token)).toBeNull();
	});
});
