import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addResponse, createRoundFixture, shippedInstrument } from '$test/builders';
import { createTestDatabase, engines, type TestDatabase } from '$test/database';
import type { Figure } from '$lib/results/types';
import { defaultThresholds } from '../disclosure';
import { forbundResults } from './forbund-results';
import { nationalResults } from './national-results';

const questionnaire = shippedInstrument.questionnaires.find((q) => q.key === 'deltagare-pagaende')!;
const i01 = (value: number) => ({
	'i01-respekt': { value },
	'i01-lyssnar': { value },
	'i01-trygg': { value }
});
const mean = (figure: Figure | undefined) => (figure && !figure.hidden ? figure.mean : 'hidden');

// Lilla (4 answers) is shown to itself from 3 but hidden from outside; Pyttelilla (2) is hidden
// everywhere; Stora and Mellan are large. Lilla's 2025 answers were all 2, its 2026 ones 6 or 7.
describe.each(engines)('förbund and national results on %s', (engine) => {
	let database: TestDatabase;
	let lilla: number;
	let stora: number;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
		const round = (forbundName: string, year = 2026) =>
			createRoundFixture(database.db, { forbundName, year });
		const small = await round('Lilla förbundet');
		lilla = small.forbundId;
		for (const v of [6, 7, 7, 6]) await addResponse(database.db, small, i01(v), { kon: 'kvinna' });
		const before = await round('Lilla förbundet', 2025);
		for (const v of [2, 2, 3, 2]) await addResponse(database.db, before, i01(v));
		const tiny = await round('Pyttelilla förbundet');
		for (const v of [1, 2]) await addResponse(database.db, tiny, i01(v));
		const big = await round('Stora förbundet');
		stora = big.forbundId;
		for (let i = 0; i < 12; i++) await addResponse(database.db, big, i01(3 + (i % 3)));
		const middle = await round('Mellan förbundet');
		for (let i = 0; i < 8; i++) await addResponse(database.db, middle, i01(4 + (i % 2)));
	});
	afterAll(async () => {
		await database.destroy();
	});

	const own = (forbundId: number) =>
		forbundResults(database.db, shippedInstrument, defaultThresholds, {
			forbundId,
			year: 2026,
			questionnaire,
			insatsId: null,
			perInsats: true
		});

	it('shows a förbund its own result from the inside threshold, beside the nation', async () => {
		const results = await own(lilla);
		const row = results.indicators.find((i) => i.code === 'I01')!;
		expect(row.own).toMatchObject({ hidden: false, n: 4, mean: 6.5 });
		// Nation: 4·6.5 + 1.5·2 + 12·4 + 8·4.5 = 26 + 3 + 48 + 36 = 113 over 26.
		expect(row.nation).toMatchObject({ hidden: false, n: 26 });
		expect((row.nation as { mean: number }).mean).toBeCloseTo(113 / 26, 10);
		// 2024: no answers at all; 2025: 2, 2, 3, 2.
		expect(results.years).toEqual([2024, 2025, 2026]);
		expect(row.trend.map((t) => mean(t.figure))).toEqual([null, 2.25, 6.5]);
		expect(row.change).toMatchObject({ significant: true });
		expect(row.change!.difference).toBeCloseTo(4.25, 10);
	});

	it('hides a background breakdown with a group under the threshold, also inside', async () => {
		const results = await own(lilla);
		const kon = results.breakdowns.find((b) => b.key === 'kon')!;
		expect(kon.shown).toBe(false);
		expect(kon.table).toBeNull();
	});

	it('shows statements with their distribution and share positive', async () => {
		const results = await own(lilla);
		const respekt = results.statements.find((s) => s.key === 'i01-respekt')!;
		expect(respekt.own).toMatchObject({
			hidden: false,
			n: 4,
			distribution: [0, 0, 0, 0, 0, 2, 2],
			sharePositive: 1
		});
	});

	it('from outside hides the small förbund and enough others that none can be subtracted', async () => {
		const results = await nationalResults(database.db, shippedInstrument, defaultThresholds, {
			year: 2026,
			questionnaire
		});
		const comparison = results.comparisons.find((c) => c.code === 'I01')!;
		const byName = new Map(comparison.forbund.map((f) => [f.name, f.figure]));
		expect(byName.get('Lilla förbundet')).toEqual({ hidden: true });
		expect(byName.get('Pyttelilla förbundet')).toEqual({ hidden: true });
		const hidden = comparison.forbund.filter((f) => f.figure.hidden).length;
		// Every förbund reads the nation: with two hidden, each could subtract itself.
		expect(hidden).toBeGreaterThanOrEqual(3);
		// Shown ones first by value, hidden ones last in name order.
		const shownCount = comparison.forbund.length - hidden;
		expect(comparison.forbund.slice(shownCount).map((f) => f.name)).toEqual(
			comparison.forbund
				.slice(shownCount)
				.map((f) => f.name)
				.sort((a, b) => a.localeCompare(b, 'sv'))
		);
		expect(stora).toBeGreaterThan(0);
	});
});
