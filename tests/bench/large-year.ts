import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../src/lib/server/db/connect';
import { scoreResponses } from '../../src/lib/server/db/response-scores';
import { prepareDatabase } from '../../src/lib/server/startup';
import { shippedInstrument } from '../support/builders';

/** The large generated year the results and report benches share, on the local PostgreSQL. */
export const responses = Number(process.env.BENCH_RESPONSES ?? 1_000_000);
export const adminUrl =
	process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const goals = { ratio: 3, peakMegabytes: 500 };
export const questionnaire = shippedInstrument.questionnaires.find(
	(q) => q.key === 'deltagare-pagaende'
)!;
export const year = 2026;

/** A database of its own per size, kept between runs: generating a million answers takes a while. */
export async function benchDatabase(): Promise<Database> {
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

/** One round per förbund and year (three years), answers spread evenly, a few "vet inte". */
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
export async function measure(run: () => Promise<unknown>, runs = 5) {
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

/** The bare SQL baseline: the same statement means, grouped in one statement. */
export function bareMeans(database: Database, forbund?: number) {
	return database.rows(`
		select a.statement_key, avg(a.value) from answer a
		join response resp on resp.id = a.response_id
		join round r on r.id = resp.round_id
		join questionnaire_version qv on qv.id = r.questionnaire_version_id
		where qv.questionnaire_key = '${questionnaire.key}' and r.year = ${year}
			${forbund ? `and r.forbund_id = ${forbund}` : ''} and a.value is not null
		group by a.statement_key`);
}
