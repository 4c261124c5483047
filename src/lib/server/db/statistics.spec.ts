import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addResponse, createRoundFixture } from '$test/builders';
import { createTestDatabase, engines, type TestDatabase } from '$test/database';
import { respondentScore, sumsOf } from '../statistics';
import { indicatorSums, statementCounts, statementsInUse } from './statistics';

// Three participants of one round, by hand:
//   A: i01-respekt 7, i01-lyssnar 5, i01-trygg vet inte → I01 score (7+5)/2 = 6 (2 of 3 answered)
//   B: i01-respekt 4, i01-lyssnar vet inte, i01-trygg —  → I01 1 of 3 answered: no score
//   C: i01-respekt 2, i01-lyssnar 3, i01-trygg 4         → I01 score 3
// i01-respekt: n 3, values 7, 4, 2. I01: n 2, Σ 9, Σ² 45.
describe.each(engines)('statistics in SQL on %s', (engine) => {
	let database: TestDatabase;
	let forbundId: number;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
		const fixture = await createRoundFixture(database.db);
		forbundId = fixture.forbundId;
		await addResponse(database.db, fixture, {
			'i01-respekt': { value: 7 },
			'i01-lyssnar': { value: 5 },
			'i01-trygg': { dontKnow: true }
		});
		await addResponse(database.db, fixture, {
			'i01-respekt': { value: 4 },
			'i01-lyssnar': { dontKnow: true }
		});
		await addResponse(database.db, fixture, {
			'i01-respekt': { value: 2 },
			'i01-lyssnar': { value: 3 },
			'i01-trygg': { value: 4 }
		});
		// Another questionnaire in the same förbund must not mix in.
		const staff = await createRoundFixture(database.db, { questionnaireKey: 'insatspersonal' });
		await addResponse(database.db, staff, {});
	});
	afterAll(async () => {
		await database.destroy();
	});

	const filter = { questionnaireKey: 'deltagare-pagaende', years: [2026] };

	it('counts answers per value, leaving out vet inte and the unanswered', async () => {
		const rows = await statementCounts(database.db, filter);
		const respekt = rows.filter((r) => r.statementKey === 'i01-respekt');
		expect(respekt.map((r) => [r.value, r.n]).sort()).toEqual([
			[2, 1],
			[4, 1],
			[7, 1]
		]);
		const lyssnar = rows.filter((r) => r.statementKey === 'i01-lyssnar');
		expect(lyssnar.reduce((n, r) => n + r.n, 0)).toBe(2);
		expect(rows.every((r) => r.forbundId === forbundId && r.year === 2026)).toBe(true);
	});

	it('scores a respondent only when at least half of the indicator is answered', async () => {
		const rows = await indicatorSums(database.db, filter);
		const i01 = rows.find((r) => r.indicator === 'I01');
		const expected = sumsOf([
			respondentScore([7, 5, null], 3),
			respondentScore([4], 3),
			respondentScore([2, 3, 4], 3)
		]);
		expect(expected).toEqual({ n: 2, sum: 9, sumSquares: 45 });
		expect(i01).toMatchObject({ n: 2, sum: 9, sumSquares: 45 });
		// Nobody answered I02: no row rather than a row of zeros.
		expect(rows.find((r) => r.indicator === 'I02')).toBeUndefined();
	});

	it('groups by a background question, with the unanswered as null', async () => {
		const rows = await indicatorSums(database.db, { ...filter, forbundId, backgroundKey: 'kon' });
		expect(rows.filter((r) => r.indicator === 'I01').map((r) => r.group)).toEqual([null]);
	});

	it('describes the statements with their indicator and scale', async () => {
		const statements = await statementsInUse(database.db, filter);
		expect(statements.find((s) => s.statementKey === 'i01-respekt')).toMatchObject({
			indicator: 'I01',
			scale: { min: 1, max: 7, positiveFrom: 5 }
		});
		expect(statements.map((s) => s.statementKey)).toContain('i16-mojligheter');
	});

	it('returns nothing for a year without answers', async () => {
		expect(await statementCounts(database.db, { ...filter, years: [2019] })).toEqual([]);
		expect(await indicatorSums(database.db, { ...filter, years: [] })).toEqual([]);
	});
});
