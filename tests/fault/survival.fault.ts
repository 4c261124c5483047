import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db/connect';
import { prepareDatabase } from '../../src/lib/server/startup';
import { createRoundFixture, shippedInstrument, type RoundFixture } from '$test/builders';
import { validBody } from '$test/participant';

/**
 * The fault test of issue 13 (run by .ci/run after `npm test`, on the built app): 2,000
 * submissions from concurrent clients that retry like the participant page, while the app is
 * killed with SIGKILL twice (its supervisor, `npm start`'s scripts/serve.js, starts it again) and
 * PostgreSQL is stopped hard once (`pg_ctl -m immediate`, a crash, then restarted). Afterwards
 * every submission that got its thank-you is stored exactly once and complete, and the app is up.
 * It runs its own PostgreSQL on a free port in a temporary folder, and talks to 127.0.0.1 only.
 */
const submissions = Number(process.env.FAULT_SUBMISSIONS ?? 2000);
const clients = 16;

const binDir = (() => {
	const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
	return `/usr/lib/postgresql/${versions[0]}/bin`;
})();
/** initdb and postgres refuse to run as root: run them as the postgres user then. */
const asRoot = userInfo().uid === 0;
function pgTool(tool: string, args: string[]) {
	const command = join(binDir, tool);
	return asRoot
		? execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' })
		: execFileSync(command, args, { stdio: 'pipe' });
}

async function freePort(): Promise<number> {
	const { createServer } = await import('node:net');
	return new Promise((resolvePort) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('surviving crashes under load', () => {
	const folder = mkdtempSync(join(tmpdir(), 'nns-fault-'));
	const dataDir = join(folder, 'pg');
	let pgPort: number;
	let databaseUrl: string;
	let appUrl: string;
	let supervisor: ChildProcess;
	let output = '';
	let round: RoundFixture;

	const pgCtl = (...args: string[]) =>
		pgTool('pg_ctl', ['-D', dataDir, '-w', '-t', '60', '-l', join(folder, 'pg.log'), ...args]);

	beforeAll(async () => {
		// As root the database runs as the postgres user, which must be able to write here.
		if (asRoot) chmodSync(folder, 0o777);
		pgPort = await freePort();
		pgTool('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync']);
		pgCtl(
			'-o',
			`-p ${pgPort} -k ${folder} -c listen_addresses=127.0.0.1 -c max_connections=100`,
			'start'
		);
		const admin = postgres(`postgres://postgres@127.0.0.1:${pgPort}/postgres`, {
			max: 1,
			onnotice: () => {}
		});
		await admin`create database nns_fault`;
		await admin.end();
		databaseUrl = `postgres://postgres@127.0.0.1:${pgPort}/nns_fault`;
		const database = await openDatabase({ url: databaseUrl, max: 2 });
		await prepareDatabase(database, {
			instrument: shippedInstrument,
			demo: false,
			currentYear: new Date().getFullYear()
		});
		round = await createRoundFixture(database.db);
		await database.close();

		const port = await freePort();
		appUrl = `http://127.0.0.1:${port}`;
		supervisor = spawn(process.execPath, [resolve('scripts/serve.js')], {
			env: {
				...process.env,
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: appUrl,
				DATABASE_URL: databaseUrl,
				DEMO_DATA: '0',
				NODE_ENV: 'test'
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		supervisor.stdout!.on('data', (chunk) => (output += chunk));
		supervisor.stderr!.on('data', (chunk) => (output += chunk));
		await waitUntilHealthy();
	}, 180_000);

	afterAll(async () => {
		if (supervisor && supervisor.exitCode === null) {
			supervisor.kill('SIGTERM');
			await new Promise((r) => supervisor.once('exit', r));
		}
		try {
			pgCtl('-m', 'immediate', 'stop');
		} catch {
			// already stopped
		}
		rmSync(folder, { recursive: true, force: true });
	});

	async function waitUntilHealthy(timeoutMs = 90_000) {
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			if (supervisor.exitCode !== null) throw new Error(`supervisor exited:\n${output}`);
			try {
				if ((await fetch(`${appUrl}/healthz`)).ok) return;
			} catch {
				// not listening
			}
			await sleep(200);
		}
		throw new Error(`the app did not become healthy:\n${output}`);
	}

	/** The app's process: the supervisor's only child. */
	function appPid(): number {
		const children = execFileSync('pgrep', ['-P', String(supervisor.pid)], { encoding: 'utf8' })
			.trim()
			.split('\n')
			.filter(Boolean)
			.map(Number);
		expect(children).toHaveLength(1);
		return children[0]!;
	}

	it(`stores ${submissions} retried submissions exactly once through two app kills and a database crash`, async () => {
		const agent = new Agent({ keepAlive: true, maxSockets: clients });
		const path = `/e/${round.token}/sv`;
		/** One HTTP exchange; rejects on a broken connection, as a phone's fetch does. */
		const exchange = (method: 'GET' | 'POST', body?: string) =>
			new Promise<{ status: number; text: string }>((resolveExchange, reject) => {
				const req = request(
					`${appUrl}${path}${method === 'POST' ? '?/skicka' : ''}`,
					{
						method,
						agent,
						timeout: 15_000,
						headers:
							method === 'POST'
								? {
										'content-type': 'application/x-www-form-urlencoded',
										'content-length': Buffer.byteLength(body!),
										origin: appUrl,
										accept: 'text/html'
									}
								: {}
					},
					(res) => {
						let text = '';
						res.setEncoding('utf8');
						res.on('data', (chunk) => (text += chunk));
						res.on('end', () => resolveExchange({ status: res.statusCode ?? 0, text }));
						res.on('error', reject);
					}
				);
				req.on('timeout', () => req.destroy(new Error('timeout')));
				req.on('error', reject);
				req.end(body);
			});

		/** Until it works: a participant whose page would not load tries again. */
		async function untilOk<T>(
			attempt: () => Promise<T | null>
		): Promise<{ value: T; retries: number }> {
			const deadline = Date.now() + 90_000;
			for (let retries = 0; ; retries++) {
				const value = await attempt().catch(() => null);
				if (value !== null) return { value, retries };
				if (Date.now() > deadline) {
					throw new Error(`no answer for 90 s after ${retries} tries; the app said:\n${output}`);
				}
				await sleep(Math.min(100 * 2 ** Math.min(retries, 4), 1000));
			}
		}

		const acknowledged: string[] = [];
		let retriedSends = 0;
		let next = 0;
		const faults: string[] = [];

		async function participant() {
			while (next < submissions) {
				next++;
				const { value: ticket } = await untilOk(async () => {
					const page = await exchange('GET');
					if (page.status !== 200) return null;
					return /name="submission" value="([^"]+)"/.exec(page.text)?.[1] ?? null;
				});
				const body = validBody(ticket).toString();
				// The same body, the same ticket, on every retry: the page's send does the same.
				const { retries } = await untilOk(async () => {
					const sent = await exchange('POST', body);
					return sent.status === 303 ? true : null;
				});
				retriedSends += retries;
				acknowledged.push(ticket.split('.')[0]!);
			}
		}

		async function injectFaults() {
			const at = async (count: number) => {
				while (acknowledged.length < count) await sleep(20);
			};
			await at(Math.floor(submissions * 0.15));
			const first = appPid();
			process.kill(first, 'SIGKILL');
			faults.push('app killed');
			await at(Math.floor(submissions * 0.4));
			pgCtl('-m', 'immediate', 'stop');
			faults.push('database crashed');
			await sleep(1500);
			pgCtl('-o', `-p ${pgPort} -k ${folder} -c listen_addresses=127.0.0.1`, 'start');
			faults.push('database restarted');
			await at(Math.floor(submissions * 0.7));
			const second = appPid();
			expect(second).not.toBe(first);
			process.kill(second, 'SIGKILL');
			faults.push('app killed again');
		}

		await Promise.all([injectFaults(), ...Array.from({ length: clients }, participant)]);
		agent.destroy();

		expect(faults).toEqual([
			'app killed',
			'database crashed',
			'database restarted',
			'app killed again'
		]);
		expect(acknowledged).toHaveLength(submissions);
		expect(new Set(acknowledged).size).toBe(submissions);
		// The faults did bite: some sends had to be retried.
		expect(retriedSends).toBeGreaterThan(0);

		await waitUntilHealthy();
		const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
		try {
			const stored = await sql<{ submission_id: string; answers: number }[]>`
				select r.submission_id::text, count(a.*)::int as answers
				from response r left join answer a on a.response_id = r.id
				where r.round_id = ${round.roundId}
				group by r.id`;
			const ids = stored.map((row) => row.submission_id);
			// Exactly once: every thanked submission is there, nothing twice, nothing else.
			expect(ids.length).toBe(new Set(ids).size);
			expect(new Set(ids)).toEqual(new Set(acknowledged));
			// Complete: every stored response has all its answer rows (a submit is all or nothing).
			const answerCounts = new Set(stored.map((row) => row.answers));
			expect(answerCounts.size).toBe(1);
			expect([...answerCounts][0]).toBeGreaterThan(0);
		} finally {
			await sql.end();
		}
		expect(output).toContain('servern avslutades oväntat (SIGKILL)');
		// The server is up, and it never died of the driver's unguarded write.
		expect((await fetch(`${appUrl}/healthz`)).status).toBe(200);
		expect(output).not.toContain("reading 'write'");
		console.log(
			`fault test: ${submissions} submissions acknowledged and stored once; ${retriedSends} sends retried; faults: ${faults.join(', ')}`
		);
	});
});
