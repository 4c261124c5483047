import { afterEach, describe, expect, it } from 'vitest';
import { shippedInstrument } from '$test/builders';
import { createTestDatabase, engines, type TestDatabase } from '$test/database';
import { syncInstrument } from '../db/questionnaire-versions';
import { importRegisterIfEmpty } from '../db/forbund';
import { parseRegister } from '../register/forbund-register';
import { seedDemoIfEmpty } from './seed-demo';

async function programmes(database: TestDatabase) {
	return database.rows<{ forbund: string; name: string; typ: string; parter: string[] }>(
		'select f.name as forbund, i.name, i.typ, i.parter from insats i join forbund f on f.id = i.forbund_id order by f.name, i.name'
	);
}

describe.each(engines)('demo data on %s', (engine) => {
	let databases: TestDatabase[] = [];
	afterEach(async () => {
		await Promise.all(databases.map((d) => d.destroy()));
		databases = [];
	});

	async function seeded() {
		const database = await createTestDatabase(engine);
		databases.push(database);
		await syncInstrument(database.db, shippedInstrument);
		await importRegisterIfEmpty(database.db, parseRegister());
		expect(await seedDemoIfEmpty(database.db, 2026, shippedInstrument)).toBe(true);
		return database;
	}

	it('gives every association a handful of programmes, mostly individinriktade', async () => {
		const rows = await programmes(await seeded());
		const perForbund = new Map<string, number>();
		for (const row of rows) perForbund.set(row.forbund, (perForbund.get(row.forbund) ?? 0) + 1);
		expect(perForbund.size).toBe(78);
		expect(Math.min(...perForbund.values())).toBeGreaterThanOrEqual(2);
		expect(Math.max(...perForbund.values())).toBeLessThanOrEqual(5);
		const individ = rows.filter((row) => row.typ === 'individ').length;
		expect(individ / rows.length).toBeGreaterThan(0.7);
		expect(rows.every((row) => row.parter.length >= 2)).toBe(true);
	});

	it('runs participant rounds last year (closed) and this year (open), with varied answers', async () => {
		const database = await seeded();
		const rounds = await database.rows<{ year: number; responses: number; mean: number }>(
			`select r.year, count(distinct s.id)::int as responses, avg(a.value)::float as mean
			 from round r join response s on s.round_id = r.id join answer a on a.response_id = s.id
			 group by r.id, r.year order by r.id`
		);
		expect(rounds).toHaveLength(24);
		expect(new Set(rounds.map((r) => r.year))).toEqual(new Set([2025, 2026]));
		const means = rounds.map((r) => r.mean);
		expect(Math.max(...means) - Math.min(...means)).toBeGreaterThan(1);
		// Some rounds fall below the disclosure threshold of 5, as real ones do.
		expect(rounds.some((r) => r.responses < 5)).toBe(true);
		const dontKnow = await database.rows<{ n: number }>(
			'select count(*)::int as n from answer where dont_know and value is null'
		);
		expect(dontKnow[0]?.n).toBeGreaterThan(0);
	});

	it('is deterministic: two empty databases get the same demo platform', async () => {
		const [first, second] = [await seeded(), await seeded()];
		expect(await programmes(first)).toEqual(await programmes(second));
	});

	it('never touches a platform that already has programmes', async () => {
		const database = await seeded();
		const before = await programmes(database);
		expect(await seedDemoIfEmpty(database.db, 2027, shippedInstrument)).toBe(false);
		expect(await programmes(database)).toEqual(before);
	});
});
