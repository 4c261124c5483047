import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReportEdition } from '../../src/lib/server/db/reports';
import { defaultThresholds } from '../../src/lib/server/disclosure';
import { compileReport } from '../../src/lib/server/reports/compile';
import { publishReport } from '../../src/lib/server/reports/publish';
import { shippedInstrument } from '../support/builders';
import { adminUrl, bareMeans, benchDatabase, goals, measure, responses, year } from './large-year';
import { recordBenchRows } from './table';

/**
 * `npm run bench`: compiling the national report over the large generated year beside the bare
 * GROUP BY of the same statement means, and serving a published report page beside `/healthz`,
 * both against the built server on the same PostgreSQL in the same run.
 */
const publishedYear = year - 1;

async function freePort(): Promise<number> {
	return new Promise((done) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => done(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/** Requests per second for `seconds`, from `clients` clients each asking again when answered. */
async function throughput(url: string, clients = 16, seconds = 5): Promise<number> {
	const until = performance.now() + seconds * 1000;
	let done = 0;
	await Promise.all(
		Array.from({ length: clients }, async () => {
			while (performance.now() < until) {
				const response = await fetch(url, { headers: { 'accept-encoding': 'br, gzip' } });
				await response.arrayBuffer();
				if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
				done++;
			}
		})
	);
	return done / seconds;
}

describe('the national report over a large year', () => {
	it(`compiles within ${goals.ratio}× the bare GROUP BY and ${goals.peakMegabytes} MB, and serves`, async () => {
		const database = await benchDatabase();
		try {
			const compile = () =>
				compileReport(database.db, shippedInstrument, defaultThresholds, {
					year,
					texts: { foreword: '', comments: {} },
					earlier: [],
					edition: null,
					publishedOn: null,
					note: null
				});
			await bareMeans(database);
			await compile();
			const bare = await measure(() => bareMeans(database), 3);
			const compiled = await measure(compile, 3);

			if (!(await findReportEdition(database.db, publishedYear))) {
				await database.rows(
					`insert into app_user (email, name, is_nns_admin) values ('bench@nns.example', 'Bench', true) on conflict do nothing`
				);
				const [user] = await database.rows<{ id: number }>(
					`select id from app_user where email = 'bench@nns.example'`
				);
				await publishReport(database.db, shippedInstrument, defaultThresholds, {
					year: publishedYear,
					note: null,
					today: `${year}-03-16`,
					actor: { id: user!.id, name: 'Bench' }
				});
			}
			const entry = resolve('build/index.js');
			if (!existsSync(entry)) throw new Error('build/index.js is missing: run `npm run build`.');
			const port = await freePort();
			const base = `http://127.0.0.1:${port}`;
			const url = new URL(adminUrl);
			url.pathname = `/nns_bench_${responses}`;
			const child = spawn(process.execPath, [entry], {
				env: {
					...process.env,
					PORT: String(port),
					HOST: '127.0.0.1',
					ORIGIN: base,
					DATABASE_URL: url.toString(),
					DEMO_DATA: ''
				},
				stdio: 'ignore'
			});
			try {
				for (let i = 0; i < 120; i++) {
					const ok = await fetch(`${base}/healthz`).then(
						(r) => r.ok,
						() => false
					);
					if (ok) break;
					await new Promise((r) => setTimeout(r, 500));
				}
				await throughput(`${base}/rapporter/${publishedYear}`, 4, 1);
				const health = await throughput(`${base}/healthz`);
				const page = await throughput(`${base}/rapporter/${publishedYear}`);
				const report = {
					responses,
					compileMs: Math.round(compiled.ms),
					bareMs: Math.round(bare.ms),
					compileRatio: +(compiled.ms / bare.ms).toFixed(2),
					compilePeakMegabytes: Math.round(compiled.peakMegabytes),
					reportPagePerSecond: Math.round(page),
					healthzPerSecond: Math.round(health),
					pageToHealthz: +(page / health).toFixed(3)
				};
				console.log(`bench: ${JSON.stringify(report)}`);
				const section = `report, ${responses.toLocaleString('en-US')} responses`;
				recordBenchRows([
					{
						section,
						figure: 'compile, ms',
						measured: String(report.compileMs),
						baseline: String(report.bareMs),
						ratio: String(report.compileRatio),
						goal: `≤ ${goals.ratio}`,
						met: report.compileRatio <= goals.ratio
					},
					{
						section,
						figure: 'compile, peak memory (bench process)',
						measured: `${report.compilePeakMegabytes} MB`,
						goal: `< ${goals.peakMegabytes} MB`,
						met: report.compilePeakMegabytes < goals.peakMegabytes
					},
					{
						section,
						figure: 'published page, requests/s (beside /healthz)',
						measured: String(report.reportPagePerSecond),
						baseline: String(report.healthzPerSecond),
						ratio: String(report.pageToHealthz)
					}
				]);
				expect(report.compileRatio).toBeLessThanOrEqual(goals.ratio);
				expect(report.compilePeakMegabytes).toBeLessThan(goals.peakMegabytes);
				expect(report.reportPagePerSecond).toBeGreaterThan(0);
			} finally {
				child.kill('SIGTERM');
			}
		} finally {
			await database.close();
		}
	});
});
