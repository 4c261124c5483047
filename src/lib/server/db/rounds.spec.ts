import { beforeEach, describe, expect, it } from 'vitest';
import { addResponse, createRoundFixture, type RoundFixture } from '$test/builders';
import { engines, useTestDatabase } from '$test/database';
import { isYearLocked, listLockedYears, lockYear } from './locked-years';
import {
	countRoundResponses,
	findForbundRound,
	findParticipantRound,
	listRounds,
	lockRoundForChange,
	setRoundDates,
	yearOverview
} from './rounds';
import { forbund, forbundYear } from './schema';

describe.each(engines)('round administration on %s', (engine) => {
	const database = useTestDatabase(engine);
	let fixture: RoundFixture;
	beforeEach(async () => {
		fixture = await createRoundFixture(database.db, { forbundName: 'Förbund A' });
	});

	it('reads a round as locked only when its own year is locked', async () => {
		// The fixture's round is in 2026; locking another year must not touch it.
		await lockYear(database.db, 2025, '2026-01-15');
		expect((await lockRoundForChange(database.db, fixture.roundId))?.locked).toBe(false);
		expect((await findForbundRound(database.db, fixture.forbundId, fixture.roundId))?.locked).toBe(
			false
		);
		expect((await findParticipantRound(database.db, fixture.token))?.locked).toBe(false);
		await lockYear(database.db, 2026, '2026-06-01');
		expect((await lockRoundForChange(database.db, fixture.roundId))?.locked).toBe(true);
		expect((await findParticipantRound(database.db, fixture.token))?.locked).toBe(true);
	});

	it('finds a round only through its own förbund', async () => {
		const other = await createRoundFixture(database.db, { forbundName: 'Förbund B' });
		expect(await findForbundRound(database.db, fixture.forbundId, fixture.roundId)).not.toBeNull();
		expect(await findForbundRound(database.db, fixture.forbundId, other.roundId)).toBeNull();
		const listed = await listRounds(database.db, fixture.forbundId);
		expect(listed.map((r) => r.id)).toEqual([fixture.roundId]);
	});

	it('counts answers by language and source', async () => {
		await addResponse(database.db, fixture);
		await addResponse(database.db, fixture);
		const counts = await countRoundResponses(database.db, fixture.roundId);
		expect(counts).toEqual({ total: 2, byLanguage: { sv: 2 }, bySource: { web: 2 } });
		expect((await listRounds(database.db, fixture.forbundId))[0]?.responses).toBe(2);
	});

	it('changes the dates of a round, and the database refuses closing before opening', async () => {
		await setRoundDates(database.db, fixture.roundId, {
			opensOn: '2026-01-01',
			closesOn: '2026-02-01'
		});
		const changed = await findForbundRound(database.db, fixture.forbundId, fixture.roundId);
		expect(changed?.closesOn).toBe('2026-02-01');
		await expect(
			setRoundDates(database.db, fixture.roundId, { opensOn: '2026-03-01', closesOn: '2026-02-01' })
		).rejects.toThrow();
	});

	it('locks a year once and for good', async () => {
		expect(await isYearLocked(database.db, 2025)).toBe(false);
		expect(await lockYear(database.db, 2025)).toBe(true);
		expect(await lockYear(database.db, 2025)).toBe(false);
		expect(await isYearLocked(database.db, 2025)).toBe(true);
		expect(await listLockedYears(database.db)).toEqual([2025]);
	});

	it('shows the year nationally, with the förbund that take part but have no round', async () => {
		await addResponse(database.db, fixture);
		const [idle] = await database.db
			.insert(forbund)
			.values({ name: 'Förbund utan omgång', lan: 'Skåne', omrade: 'syd' })
			.returning({ id: forbund.id });
		await database.db.insert(forbundYear).values([
			{ forbundId: idle!.id, year: 2026 },
			{ forbundId: fixture.forbundId, year: 2026 }
		]);
		const overview = await yearOverview(database.db, 2026);
		expect(overview.rows).toEqual([
			{
				forbundId: fixture.forbundId,
				forbundName: 'Förbund A',
				questionnaireKey: 'deltagare-pagaende',
				roundIds: [fixture.roundId],
				responses: 1
			}
		]);
		expect(overview.withoutRound).toEqual([{ id: idle!.id, name: 'Förbund utan omgång' }]);
	});

	it('remembers a participant round for a moment, and forgets it when the round changes', async () => {
		const now = performance.now();
		const first = await findParticipantRound(database.db, fixture.token, now);
		expect(first).toMatchObject({ id: fixture.roundId, closedEarly: false });
		// A change behind the app's back (another process) shows once the moment has passed.
		await database.rows(`update round set closes_on = '2099-12-30' where id = ${fixture.roundId}`);
		expect(await findParticipantRound(database.db, fixture.token, now + 1)).toBe(first);
		const later = await findParticipantRound(database.db, fixture.token, now + 60_000);
		expect(later?.closesOn).toBe('2099-12-30');
		// A change through the app shows at once.
		await setRoundDates(database.db, fixture.roundId, {
			opensOn: '2000-01-01',
			closesOn: '2099-12-30',
			closedEarly: true
		});
		expect(await findParticipantRound(database.db, fixture.token, now + 60_001)).toMatchObject({
			closedEarly: true
		});
		expect(await findParticipantRound(database.db, 'X'.repeat(24))).toBeUndefined();
	});
});
