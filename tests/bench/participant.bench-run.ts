import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockholmToday } from '../../src/lib/dates';
import { openDatabase, type Engine } from '../../src/lib/server/db/connect';
import { prepareDatabase } from '../../src/lib/server/startup';
import { loadServerSecret } from '../../src/lib/server/db/secrets';
import { storeResponse } from '../../src/lib/server/db/responses';
import { issueSubmissionTicket } from '../../src/lib/server/participant/submission-ticket';
import { launchBrowser } from '$test/browser';
import { createRoundFixture, shippedInstrument, type RoundFixture } from '$test/builders';
import { pageBytes } from '$test/page-bytes';
import { chosenValue, pagaende } from '$test/participant';
import { startServer, type RunningServer } from '$test/server';
import { recordBenchRows, type BenchRow } from './table';

/**
 * `npm run bench`, the participant path (issue 11): the pages' bytes as the built server sends
 * them, and submissions per second through the built server (`node build`) beside a plain loop
 * that inserts the same rows into the same tables, measured in the same run on this machine.
 * Traffic goes to 127.0.0.1 only; the PostgreSQL databases are created and dropped here.
 */
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// startServer creates (and drops) its PostgreSQL database beside this one.
process.env.TEST_DATABASE_URL ||= adminUrl;
const seconds = Number(process.env.BENCH_SECONDS ?? 9);
const bursts = 3;
const goals = { ratio: 0.5, p99Times: 2, questionnaireBytes: 20 * 1024, smallPageBytes: 8 * 1024 };
const levels: Record<Engine, number[]> = { postgres: [1, 16, 64], pglite: [1, 16] };

const fmt = (n: number, digits = 0) =>
	n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

interface Run {
	accepted: number;
	failed: number;
	perSecond: number;
	p50: number;
	p99: number;
}

/** Results of several bursts of the same load, added up. */
class Tally {
	latencies: number[] = [];
	accepted = 0;
	failed = 0;
	seconds = 0;

	run(): Run {
		const sorted = [...this.latencies].sort((a, b) => a - b);
		const at = (p: number) =>
			sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
		return {
			accepted: this.accepted,
			failed: this.failed,
			perSecond: this.accepted / this.seconds,
			p50: at(50),
			p99: at(99)
		};
	}
}

/** `clients` loops calling `once` for `forSeconds` seconds, counted into `tally`. */
async function drive(
	clients: number,
	forSeconds: number,
	once: () => Promise<boolean>,
	tally = new Tally()
): Promise<Tally> {
	const started = performance.now();
	const end = started + forSeconds * 1000;
	await Promise.all(
		Array.from({ length: clients }, async () => {
			while (performance.now() < end) {
				const t = performance.now();
				const ok = await once().catch(() => false);
				tally.latencies.push(performance.now() - t);
				if (ok) tally.accepted++;
				else tally.failed++;
			}
		})
	);
	tally.seconds += (performance.now() - started) / 1000;
	return tally;
}

/** The no-JS post of a fully answered questionnaire: every statement and background question. */
function submitBody(ticket: string): string {
	const body = new URLSearchParams({ submission: ticket });
	for (const question of pagaende.background) {
		body.set(`bg.${question.key}`, question.options[0]!.key);
	}
	pagaende.statements.forEach((s, index) => body.set(`s.${s.key}`, chosenValue(index)));
	return body.toString();
}

/**
 * Posts like a browser without JavaScript, over kept-alive connections; true on the 303. Each post
 * carries a fresh ticket, signed as the questionnaire page signs it (the page load itself is not
 * part of the submit measured here).
 */
function poster(url: string, path: string, clients: number, ticket: () => string) {
	const agent = new Agent({ keepAlive: true, maxSockets: clients });
	const post = () =>
		new Promise<boolean>((resolve, reject) => {
			const body = submitBody(ticket());
			const req = request(
				`${url}${path}`,
				{
					method: 'POST',
					agent,
					headers: {
						'content-type': 'application/x-www-form-urlencoded',
						'content-length': Buffer.byteLength(body),
						origin: url,
						accept: 'text/html',
						'accept-encoding': 'br, gzip'
					}
				},
				(res) => {
					res.resume();
					res.on('end', () => resolve(res.statusCode === 303));
				}
			);
			req.on('error', reject);
			req.end(body);
		});
	return { post, close: () => agent.destroy() };
}

/** The rows one submit stores, for the plain loop to insert itself. */
interface Rows {
	background: Record<string, string>;
	answers: { statement_key: string; value: number | null; dont_know: boolean }[];
	scores: { indicator: string; score: number }[];
}

function rowsOfSubmit(scores: Rows['scores']): Rows {
	return {
		background: Object.fromEntries(
			pagaende.background.map((q) => [q.key, q.options[0]!.key] as const)
		),
		answers: pagaende.statements.map((s, index) => {
			const value = chosenValue(index);
			return value === 'vet-inte'
				? { statement_key: s.key, value: null, dont_know: true }
				: { statement_key: s.key, value: Number(value), dont_know: false };
		}),
		scores
	};
}

/**
 * The baseline on PostgreSQL: postgres.js inserting the same response, answers and scores in one
 * transaction each, the three inserts pipelined: what a hand-written loop with the same
 * all-or-nothing guarantee costs.
 */
function rawPostgres(url: string, fixture: RoundFixture, rows: Rows, clients: number) {
	const sql = postgres(url, { max: Math.min(clients, 10), onnotice: () => {} });
	const today = stockholmToday();
	const once = async () => {
		const id = randomUUID();
		await sql.begin((tx) => [
			tx`insert into response ${tx({
				id,
				round_id: fixture.roundId,
				questionnaire_version_id: fixture.questionnaireVersionId,
				submission_id: randomUUID(),
				language: 'sv',
				source: 'web',
				submitted_on: today,
				background: tx.json(rows.background)
			})}`,
			tx`insert into answer ${tx(rows.answers.map((a) => ({ response_id: id, ...a })))}`,
			tx`insert into response_score ${tx(
				rows.scores.map((s) => ({ response_id: id, round_id: fixture.roundId, ...s }))
			)}`
		]);
		return true;
	};
	return { once, close: () => sql.end({ timeout: 5 }) };
}

/** The app's `storeResponse` called directly, as the action calls it after parsing the form. */
function directStore(url: string, fixture: RoundFixture, rows: Rows) {
	const database = openDatabase({ url, max: 10 });
	const today = stockholmToday();
	const answers = Object.fromEntries(
		rows.answers.map((a) => [
			a.statement_key,
			a.dont_know ? { dontKnow: true as const } : { value: a.value! }
		])
	);
	const once = async () =>
		(await storeResponse(database.db, {
			roundId: fixture.roundId,
			questionnaireVersionId: fixture.questionnaireVersionId,
			submissionId: randomUUID(),
			language: 'sv',
			source: 'web',
			submittedOn: today,
			background: rows.background,
			answers
		})) === 'stored';
	return { once, close: () => database.close() };
}

/** The baseline on PGlite: the same three inserts in one transaction, in this process. */
async function rawPglite(rows: Rows) {
	const dataDir = mkdtempSync(join(tmpdir(), 'nns-bench-raw-'));
	const database = openDatabase({ dataDir });
	await prepareDatabase(database, {
		instrument: shippedInstrument,
		demo: false,
		currentYear: new Date().getFullYear()
	});
	const fixture = await createRoundFixture(database.db);
	await database.close();
	const pg = new PGlite(dataDir);
	const today = stockholmToday();
	const once = async () => {
		const id = randomUUID();
		await pg.transaction(async (tx) => {
			await tx.query(
				`insert into response (id, round_id, questionnaire_version_id, submission_id, language, source, submitted_on, background)
				 values ($1, $2, $3, $4, 'sv', 'web', $5, $6)`,
				[
					id,
					fixture.roundId,
					fixture.questionnaireVersionId,
					randomUUID(),
					today,
					JSON.stringify(rows.background)
				]
			);
			await tx.query(
				`insert into answer (response_id, statement_key, value, dont_know)
				 select $1, * from jsonb_to_recordset($2::jsonb) as r(statement_key text, value smallint, dont_know boolean)`,
				[id, JSON.stringify(rows.answers)]
			);
			await tx.query(
				`insert into response_score (response_id, round_id, indicator, score)
				 select $1, $2, * from jsonb_to_recordset($3::jsonb) as r(indicator text, score float8)`,
				[id, fixture.roundId, JSON.stringify(rows.scores)]
			);
		});
		return true;
	};
	const count = async () =>
		(await pg.query<{ n: number }>('select count(*)::int as n from response')).rows[0]!.n;
	return {
		once,
		count,
		close: async () => {
			await pg.close();
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

/**
 * `BENCH_PROFILE=<dir>`: the server under load writes a V8 CPU profile there when it stops (open
 * it in Chromium's DevTools), to find where a submit's time goes.
 */
function serverProfileArgs(engine: Engine): string[] {
	const dir = process.env.BENCH_PROFILE;
	return dir ? ['--cpu-prof', `--cpu-prof-dir=${join(dir, engine)}`] : [];
}

/** The server's resident memory now and its peak since it started, in MB (Linux /proc). */
function serverMemory(server: RunningServer): { rss: number; peak: number } {
	const status = readFileSync(`/proc/${server.pid()}/status`, 'utf8');
	const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
	return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function responseCount(server: RunningServer): Promise<number> {
	return server.inspect(async (database) => {
		const [row] = await database.rows<{ n: number }>('select count(*)::int as n from response');
		return row?.n ?? 0;
	});
}

describe('the participant path', () => {
	const rows: BenchRow[] = [];
	afterAll(() => recordBenchRows(rows));

	it('pages: bytes as the built server sends them, cold cache, 320 px', async () => {
		let open: RoundFixture;
		const server = await startServer('pglite', {
			demo: false,
			prepare: async (database) => {
				open = await createRoundFixture(database.db);
			}
		});
		const browser = await launchBrowser();
		try {
			const pages = [
				[
					'questionnaire /e/<token>/sv',
					`/e/${open!.token}/sv`,
					'.progress',
					goals.questionnaireBytes
				],
				['landing /e/<token>', `/e/${open!.token}`, undefined, goals.smallPageBytes],
				['/kod', '/kod', undefined, goals.smallPageBytes]
			] as const;
			for (const [name, path, ready, budget] of pages) {
				const { transferred, resources } = await pageBytes(browser, `${server.url}${path}`, ready);
				rows.push({
					section: 'page bytes',
					figure: `${name} (${resources.length} responses)`,
					measured: `${fmt(transferred)} B`,
					goal: `≤ ${fmt(budget)} B`,
					met: transferred <= budget
				});
			}
		} finally {
			await browser.close();
			await server.stop();
		}
		expect(rows.filter((r) => r.section === 'page bytes')).toHaveLength(3);
	});

	for (const engine of ['postgres', 'pglite'] as const) {
		describe(`submits on ${engine === 'postgres' ? 'PostgreSQL' : 'PGlite'}`, () => {
			const label = engine === 'postgres' ? 'PostgreSQL' : 'PGlite';
			let server: RunningServer;
			let fixture: RoundFixture;
			let secret: Buffer;
			let idle: { rss: number; peak: number };
			beforeAll(async () => {
				server = await startServer(engine, {
					demo: false,
					nodeArgs: serverProfileArgs(engine),
					prepare: async (database) => {
						fixture = await createRoundFixture(database.db);
						secret = await loadServerSecret(database.db, 'submission-ticket');
					}
				});
				idle = serverMemory(server);
			}, 180_000);
			afterAll(async () => {
				await server?.stop();
			});

			it(`${levels[engine].join(', ')} clients: the built server beside a plain insert loop`, async () => {
				const path = `/e/${fixture.token}/sv?/skicka`;
				const ticket = () => issueSubmissionTicket(secret, fixture.roundId);
				let accepted = 0;
				// One submit first: its stored scores are the rows the plain loop writes too.
				const first = poster(server.url, path, 1, ticket);
				expect(await first.post()).toBe(true);
				first.close();
				accepted++;
				const scores = await server.inspect((database) =>
					database.rows<{ indicator: string; score: number }>(
						'select indicator, score from response_score order by indicator'
					)
				);
				const submitRows = rowsOfSubmit(scores);
				const raw = engine === 'pglite' ? await rawPglite(submitRows) : undefined;
				// On PostgreSQL also the app's own store call from here, without HTTP: where the
				// distance between the app and the plain loop lies (PGlite allows one process).
				const direct =
					engine === 'postgres' ? directStore(server.databaseUrl!, fixture, submitRows) : undefined;
				let rawInserted = 0;
				let peak = 0;
				try {
					for (const clients of levels[engine]) {
						const app = poster(server.url, path, clients, ticket);
						const plain = raw ?? rawPostgres(server.databaseUrl!, fixture, submitRows, clients);
						accepted += (await drive(clients, 1, app.post)).accepted; // warm-up
						rawInserted += (await drive(clients, 1, plain.once)).accepted;
						// Bursts taken in turn, so that a busy moment of the machine falls on both sides.
						const appTally = new Tally();
						const rawTally = new Tally();
						const directTally = direct ? new Tally() : undefined;
						for (let burst = 0; burst < bursts; burst++) {
							await drive(clients, seconds / bursts, app.post, appTally);
							peak = Math.max(peak, serverMemory(server).peak);
							await drive(clients, seconds / bursts, plain.once, rawTally);
							if (direct) await drive(clients, seconds / bursts, direct.once, directTally);
						}
						app.close();
						if (!raw) await plain.close();
						const appRun = appTally.run();
						const rawRun = rawTally.run();
						accepted += appRun.accepted;
						rawInserted += rawRun.accepted;
						if (directTally) {
							const directRun = directTally.run();
							rawInserted += directRun.accepted;
							rows.push({
								section: `submits ${label}`,
								figure: `${clients} client${clients === 1 ? '' : 's'}, the store call alone (no HTTP), per second`,
								measured: fmt(directRun.perSecond),
								baseline: fmt(rawRun.perSecond),
								ratio: fmt(directRun.perSecond / rawRun.perSecond, 2)
							});
						}

						const ratio = appRun.perSecond / rawRun.perSecond;
						rows.push({
							section: `submits ${label}`,
							figure: `${clients} client${clients === 1 ? '' : 's'}, per second`,
							measured: fmt(appRun.perSecond),
							baseline: fmt(rawRun.perSecond),
							ratio: fmt(ratio, 2),
							goal: `≥ ${goals.ratio}`,
							met: ratio >= goals.ratio
						});
						const p99Goal = engine === 'postgres' && clients === 64;
						rows.push({
							section: `submits ${label}`,
							figure: `${clients} client${clients === 1 ? '' : 's'}, p50 / p99 ms`,
							measured: `${fmt(appRun.p50, 1)} / ${fmt(appRun.p99, 1)}`,
							baseline: `${fmt(rawRun.p50, 1)} / ${fmt(rawRun.p99, 1)}`,
							ratio: fmt(appRun.p99 / rawRun.p99, 2),
							...(p99Goal
								? {
										goal: `p99 ≤ ${goals.p99Times}×`,
										met: appRun.p99 <= goals.p99Times * rawRun.p99
									}
								: {})
						});
						expect(appRun.failed).toBe(0);
					}
				} finally {
					await raw?.close();
					await direct?.close();
				}
				// Nothing lost, nothing doubled: every 303 is one stored response, and the plain
				// loop's rows are there beside them.
				const stored = await responseCount(server);
				const expected = accepted + (engine === 'postgres' ? rawInserted : 0);
				rows.push({
					section: `submits ${label}`,
					figure: 'stored responses = accepted submits',
					measured: fmt(stored),
					baseline: fmt(expected),
					met: stored === expected
				});
				rows.push({
					section: `submits ${label}`,
					figure: 'server memory: idle / peak under load',
					measured: `${fmt(idle.rss)} / ${fmt(peak)} MB`
				});
				expect(stored).toBe(expected);
			});
		});
	}
});
