import { beforeAll, describe, expect, it } from 'vitest';
import { shippedInstrument } from '$test/builders';
import { engines, useTestDatabase } from '$test/database';
import type { Database } from '../db/connect';
import { syncInstrument } from '../db/questionnaire-versions';
import { importRegisterIfEmpty } from '../db/forbund';
import { parseRegister } from '../register/forbund-register';
import { Attacker } from '../disclosure/attacker';
import { defaultThresholds, type DisclosedTable, type TableInput } from '../disclosure';
import { compileReport } from '../reports/compile';
import { openDataValues } from '../reports/exports';
import { seedDemoIfEmpty } from './seed-demo';

async function insatsRows(database: Database) {
	return database.rows<{ forbund: string; name: string; typ: string; parter: string[] }>(
		'select f.name as forbund, i.name, i.typ, i.parter from insats i join forbund f on f.id = i.forbund_id order by f.name, i.name'
	);
}

/** Seeding takes seconds on a loaded machine, and twice in the hook below. */
const seedingTimeout = 240_000;

describe.each(engines)('demo data on %s', (engine) => {
	// The demo is seeded once per file into each of two empty databases; the tests only read,
	// except the last, which proves that a second seed changes nothing.
	const first = useTestDatabase(engine, { resetEachTest: false });
	const second = useTestDatabase(engine, { resetEachTest: false });

	async function seed(database: Database) {
		await syncInstrument(database.db, shippedInstrument);
		await importRegisterIfEmpty(database.db, parseRegister());
		expect(await seedDemoIfEmpty(database.db, 2026, shippedInstrument)).toBe(true);
	}

	beforeAll(async () => {
		await Promise.all([seed(first), seed(second)]);
	}, seedingTimeout);

	it('gives every förbund a handful of insatser, mostly individinriktade', async () => {
		const rows = await insatsRows(first);
		const perForbund = new Map<string, number>();
		for (const row of rows) perForbund.set(row.forbund, (perForbund.get(row.forbund) ?? 0) + 1);
		expect(perForbund.size).toBe(78);
		expect(Math.min(...perForbund.values())).toBeGreaterThanOrEqual(2);
		expect(Math.max(...perForbund.values())).toBeLessThanOrEqual(5);
		const individ = rows.filter((row) => row.typ === 'individ').length;
		expect(individ / rows.length).toBeGreaterThan(0.7);
		expect(rows.every((row) => row.parter.length >= 2)).toBe(true);
	});

	it('runs three years of rounds in about 30 förbund, with real variation', async () => {
		const database = first;
		const rounds = await database.rows<{
			forbund: number;
			key: string;
			year: number;
			responses: number;
			mean: number;
		}>(
			`select r.forbund_id as forbund, v.questionnaire_key as key, r.year,
			        count(distinct s.id)::int as responses, avg(a.value)::float as mean
			 from round r join questionnaire_version v on v.id = r.questionnaire_version_id
			 join response s on s.round_id = r.id join answer a on a.response_id = s.id
			 group by r.id, r.forbund_id, v.questionnaire_key, r.year order by r.id`
		);
		expect(new Set(rounds.map((r) => r.year))).toEqual(new Set([2024, 2025, 2026]));
		expect(new Set(rounds.map((r) => r.forbund)).size).toBe(30);
		expect(new Set(rounds.map((r) => r.key)).size).toBeGreaterThanOrEqual(5);
		const means = rounds.map((r) => r.mean);
		expect(Math.max(...means) - Math.min(...means)).toBeGreaterThan(1);
		// Some rounds fall below the inside disclosure threshold of 3, as real ones do.
		expect(rounds.some((r) => r.responses < 3)).toBe(true);
		// Some förbund improve from the first year to the last, and some decline.
		const change = (forbund: number) => {
			const own = rounds.filter((r) => r.forbund === forbund && r.key === 'deltagare-pagaende');
			return own.at(-1)!.mean - own[0]!.mean;
		};
		const changes = [...new Set(rounds.map((r) => r.forbund))].map(change);
		expect(changes.some((c) => c > 0.3)).toBe(true);
		expect(changes.some((c) => c < -0.3)).toBe(true);
		const dontKnow = await database.rows<{ n: number }>(
			'select count(*)::int as n from answer where dont_know and value is null'
		);
		expect(dontKnow[0]?.n).toBeGreaterThan(0);
		const idle = await database.rows<{ n: number }>(
			`select count(*)::int as n from forbund_year y where y.year = 2026 and not exists
			 (select 1 from round r where r.forbund_id = y.forbund_id and r.year = 2026)`
		);
		expect(idle[0]?.n).toBeGreaterThan(0);
	});

	it('compiles a report whose tables, files and previous year give nothing hidden away', async () => {
		const attacker = await Attacker.create();
		const tables = new Map<
			string,
			{ table: TableInput<unknown>; disclosed: DisclosedTable<unknown> }
		>();
		const compile = (year: number) =>
			compileReport(first.db, shippedInstrument, defaultThresholds, {
				year,
				texts: { foreword: '', comments: {} },
				earlier: [],
				edition: 1,
				publishedOn: `${year + 1}-03-16`,
				note: null,
				observe: (id, table, disclosed) => {
					// A table both reports hold (last year's trend) must come out the same in both.
					const seen = tables.get(id);
					if (seen) {
						for (const cell of table.cells) {
							const now = disclosed.cell(cell.key)!;
							const before = seen.disclosed.cell(cell.key)!;
							expect(now.hidden, cell.key).toBe(before.hidden);
							// Float sums may differ in the last bit with the order SQL returns groups in.
							if (!now.hidden && !before.hidden) {
								expect(now.n).toBe(before.n);
								expect(now.sum).toBeCloseTo(before.sum, 9);
							}
						}
					}
					tables.set(id, { table, disclosed });
				}
			});
		const previous = await compile(2025);
		const report = await compile(2026);
		expect(tables.size).toBeGreaterThan(100);

		// Every table, attacked as the public and as each förbund that owns a hidden cell.
		const breaches: string[] = [];
		let hiddenCells = 0;
		for (const [id, { table, disclosed }] of tables) {
			const insiders = new Set<number>();
			for (const cell of table.cells) {
				if (disclosed.cell(cell.key)?.hidden) {
					hiddenCells++;
					if (cell.forbundId !== null) insiders.add(cell.forbundId);
				}
			}
			if (insiders.size === 0 && !table.cells.some((c) => disclosed.cell(c.key)?.hidden)) continue;
			const found = attacker.attack({ table, disclosed, thresholds: defaultThresholds }, [
				null,
				...insiders
			]);
			breaches.push(...found.map((b) => `${id} ${b.key} as ${b.view ?? 'public'}: ${b.kind}`));
		}
		expect(hiddenCells).toBeGreaterThan(50);
		expect(breaches).toEqual([]);

		// The files hold exactly the shown figures: nothing hidden, nothing beyond the tables.
		for (const content of [previous.content, report.content]) {
			for (const value of openDataValues(content)) {
				const unit = value.unit_type === 'riket' ? 'nation' : `${value.unit_type}:${value.unit_id}`;
				const cell = tables
					.get(`${value.questionnaire}:${value.indicator}:${value.period}`)!
					.disclosed.cell(unit);
				if (value.status === 'hidden') {
					expect(cell?.hidden, `${unit} ${value.period}`).toBe(true);
				} else {
					expect(cell && !cell.hidden && cell.n, `${unit} ${value.period}`).toBe(value.n);
				}
			}
		}
	}, 240_000);

	it('is deterministic: two empty databases get the same demo platform', async () => {
		expect(await insatsRows(first)).toEqual(await insatsRows(second));
	});

	it('never touches a platform that already has insatser', async () => {
		const database = first;
		const before = await insatsRows(database);
		expect(await seedDemoIfEmpty(database.db, 2027, shippedInstrument)).toBe(false);
		expect(await insatsRows(database)).toEqual(before);
	});
});
