import { beforeAll, describe, expect, it } from 'vitest';
import { createRoundFixture, type RoundFixture } from '$test/builders';
import { engines, useTestDatabase } from '$test/database';
import { guardEvent, person, refusal } from '$test/guards';
import { forbundFromUrl } from './forbund-access';
import { roundFromUrl } from '../rounds/round-access';

describe.each(engines)('the förbund and round guards on %s', (engine) => {
	// The guards only read: one pair of förbund, each with a round, serves every test.
	const database = useTestDatabase(engine, { resetEachTest: false });
	let a: RoundFixture;
	let b: RoundFixture;
	beforeAll(async () => {
		a = await createRoundFixture(database.db, { forbundName: 'Förbund A' });
		b = await createRoundFixture(database.db, { forbundName: 'Förbund B' });
	});

	it('gives a member the förbund, with their role in it', async () => {
		const reader = person(1, [
			{ forbundId: a.forbundId, forbundName: 'Förbund A', role: 'reader' }
		]);
		const found = await forbundFromUrl(
			database.db,
			guardEvent(reader, { forbundId: String(a.forbundId) }),
			'reader'
		);
		expect(found.forbund.name).toBe('Förbund A');
		expect(found.role).toBe('reader');
		expect(found.user).toBe(reader);
	});

	it('refuses a reader where an admin is needed, and another förbund’s member, with 403', async () => {
		const reader = person(1, [
			{ forbundId: a.forbundId, forbundName: 'Förbund A', role: 'reader' }
		]);
		const event = guardEvent(reader, { forbundId: String(a.forbundId) });
		expect(await refusal(forbundFromUrl(database.db, event, 'admin'))).toBe(403);
		const other = guardEvent(reader, { forbundId: String(b.forbundId) });
		expect(await refusal(forbundFromUrl(database.db, other, 'reader'))).toBe(403);
	});

	it('sends a visitor to sign in, and answers an unknown id 403 to a member but 404 to NNS', async () => {
		const nobody = guardEvent(null, { forbundId: String(a.forbundId) });
		expect(await refusal(forbundFromUrl(database.db, nobody, 'reader'))).toBe(303);
		const member = person(1, [{ forbundId: a.forbundId, forbundName: 'Förbund A', role: 'admin' }]);
		const unknown = { forbundId: '999999' };
		expect(await refusal(forbundFromUrl(database.db, guardEvent(member, unknown), 'reader'))).toBe(
			403
		);
		const nns = person(2, [], true);
		expect(await refusal(forbundFromUrl(database.db, guardEvent(nns, unknown), 'reader'))).toBe(
			404
		);
	});

	it('finds a round only in the förbund named in the URL', async () => {
		const admin = person(1, [{ forbundId: a.forbundId, forbundName: 'Förbund A', role: 'admin' }]);
		const own = guardEvent(admin, { forbundId: String(a.forbundId), roundId: String(a.roundId) });
		const found = await roundFromUrl(database.db, own, 'admin');
		expect(found.round.id).toBe(a.roundId);
		expect(found.locked).toBe(false);
		// B's round under A's id: not found, so round ids tell nothing about other förbund.
		const crossed = guardEvent(admin, {
			forbundId: String(a.forbundId),
			roundId: String(b.roundId)
		});
		expect(await refusal(roundFromUrl(database.db, crossed, 'reader'))).toBe(404);
	});
});
