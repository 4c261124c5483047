import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../src/lib/server/db/connect';
import { scoreResponses } from '../../src/lib/server/db/response-scores';
import { prepareDatabase } from '../../src/lib/server/startup';
import { defaultThresholds } from '../../src/lib/server/disclosure';
import { associationResults } from '../../src/lib/server/results/association-results';
import { nationalResults } from '../../src/lib/server/results/national-results';
import { shippedInstrument } from '../support/builders';
import { recordBenchRows } from './table';

/**
 * `npm run bench`: the results of one association and the national view over a large generated
 * year, each beside the bare SQL that computes the same statement means, in the same run on the
 * same PostgreSQL. Goals are ratios to that baseline, and the app's peak memory.
 */
const responses = Number(process.env.BENCH_RESPONSES ?? 1_000_000);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const goals = { ratio: 3, peakMegabytes: 500 };
const questionnaire = shippedInstrument.questionnaires.find((q) => q.key === 'deltagare-pagaende')!;
const year = 2026;

/** A database of its own per size, kept between runs: generating a million answers takes a while. */
async function benchDatabase(): Promise<Database> {
	const name = `nns_bench_${responses}`;
	const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
	const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
	if (!exists) await admin.unsafe(`create database "${name}"`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const database = openDatabase({ url: url.toString(), max: 4 });
	await prepareDatabase(database, {
		instrument: shippedInstrument,
		demo: false,
		currentYear: year
	});
	if ((await count(database, 'response')) < responses) await generate(database);
	if ((await count(database, 'response_score')) === 0) {
		await scoreResponses(database.db, sql`true`);
	}
	return database;
}

async function count(database: Database, table: string): Promise<number> {
	const [row] = await database.rows<{ n: number }>(`select count(*)::int as n from ${table}`);
	return row?.n ?? 0;
}

/** One round per association and year (three years), answers spread evenly, a few "vet inte". */
async function generate(database: Database) {
	console.log(`bench: generating ${responses.toLocaleString('sv-SE')} responses …`);
	const started = performance.now();
	await database.rows('truncate answer, response, round cascade');
	await database.rows(`
		insert into round (forbund_id, year, questionnaire_version_id, opens_on, closes_on, languages, token, code)
		select f.id, y, qv.id, make_date(y, 1, 1), make_date(y, 12, 31), '{sv}',
			md5(f.id::text || '-' || y), upper(substr(md5(f.id::text || '+' || y), 1, 8))
		from forbund f, generate_series(${year - 2}, ${year}) y,
			(select id from questionnaire_version where questionnaire_key = '${questionnaire.key}'
			 order by id desc limit 1) qv`);
	const perRound = Math.ceil(responses / (await count(database, 'round')));
	await database.rows(`
		insert into response (round_id, questionnaire_version_id, submission_id, language, source, submitted_on, background)
		select r.id, r.questionnaire_version_id, gen_random_uuid(), 'sv', 'web', r.opens_on,
			jsonb_build_object('kon', (array['kvinna', 'man', 'annat'])[1 + g % 3])
		from round r, generate_series(1, ${perRound}) g`);
	await database.rows(`
		insert into answer (response_id, statement_key, value, dont_know)
		select id, statement_key, value, value is null
		from (
			select resp.id, qs.statement_key,
				case when random() < 0.05 then null
					else least(7, greatest(1, round(4.5 + (random() - 0.5) * 5)))::smallint end as value
			from response resp
			join questionnaire_statement qs on qs.questionnaire_version_id = resp.questionnaire_version_id
		) generated`);
	await scoreResponses(database.db, sql`true`);
	await database.rows('analyze');
	console.log(`bench: generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/** Median wall time of `runs` calls, and the process's peak resident memory while they ran. */
async function measure(run: () => Promise<unknown>, runs = 5) {
	const times: number[] = [];
	let peak = process.memoryUsage().rss;
	const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await run();
		times.push(performance.now() - start);
		peak = Math.max(peak, process.memoryUsage().rss);
	}
	clearInterval(sampler);
	times.sort((a, b) => a - b);
	return { ms: times[Math.floor(times.length / 2)]!, peakMegabytes: peak / 1024 / 1024 };
}

describe('results over a large year', () => {
	it(`stay within ${goals.ratio}× the bare GROUP BY and ${goals.peakMegabytes} MB`, async () => {
		const database = await benchDatabase();
		try {
			const [first] = await database.rows<{ id: number }>(
				'select id from forbund order by id limit 1'
			);
			const forbundId = first!.id;
			const bare = (forbund?: number) =>
				database.rows(`
					select a.statement_key, avg(a.value) from answer a
					join response resp on resp.id = a.response_id
					join round r on r.id = resp.round_id
					join questionnaire_version qv on qv.id = r.questionnaire_version_id
					where qv.questionnaire_key = '${questionnaire.key}' and r.year = ${year}
						${forbund ? `and r.forbund_id = ${forbund}` : ''} and a.value is not null
					group by a.statement_key`);
			const own = () =>
				associationResults(database.db, shippedInstrument, defaultThresholds, {
					forbundId,
					year,
					questionnaire,
					insatsId: null,
					perProgramme: true
				});
			const national = () =>
				nationalResults(database.db, shippedInstrument, defaultThresholds, {
					year,
					questionnaire
				});
			await bare();
			await national();
			const bareNational = await measure(() => bare());
			const nationalRun = await measure(national);
			// The association's page shows the nation's statement means beside its own, so its
			// baseline computes both.
			const bareOwn = await measure(async () => {
				await bare(forbundId);
				await bare();
			});
			const ownRun = await measure(own);
			const report = {
				responses,
				nationalMs: Math.round(nationalRun.ms),
				bareNationalMs: Math.round(bareNational.ms),
				nationalRatio: +(nationalRun.ms / bareNational.ms).toFixed(2),
				associationMs: Math.round(ownRun.ms),
				bareAssociationMs: Math.round(bareOwn.ms),
				associationRatio: +(ownRun.ms / bareOwn.ms).toFixed(2),
				peakMegabytes: Math.round(Math.max(nationalRun.peakMegabytes, ownRun.peakMegabytes))
			};
			console.log(`bench: ${JSON.stringify(report)}`);
			const section = `results, ${responses.toLocaleString('en-US')} responses`;
			recordBenchRows([
				{
					section,
					figure: 'national view, ms',
					measured: String(report.nationalMs),
					baseline: String(report.bareNationalMs),
					ratio: String(report.nationalRatio),
					goal: `≤ ${goals.ratio}`,
					met: report.nationalRatio <= goals.ratio
				},
				{
					section,
					figure: 'association view, ms',
					measured: String(report.associationMs),
					baseline: String(report.bareAssociationMs),
					ratio: String(report.associationRatio),
					goal: `≤ ${goals.ratio}`,
					met: report.associationRatio <= goals.ratio
				},
				{
					section,
					figure: 'peak memory (bench process)',
					measured: `${report.peakMegabytes} MB`,
					goal: `< ${goals.peakMegabytes} MB`,
					met: report.peakMegabytes < goals.peakMegabytes
				}
			]);
			expect(report.nationalRatio).toBeLessThanOrEqual(goals.ratio);
			expect(report.associationRatio).toBeLessThanOrEqual(goals.ratio);
			expect(report.peakMegabytes).toBeLessThan(goals.peakMegabytes);
		} finally {
			await database.close();
		}
	});
});
