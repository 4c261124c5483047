import { describe, expect, it } from 'vitest';
import { defaultThresholds } from '../../src/lib/server/disclosure';
import { forbundResults } from '../../src/lib/server/results/forbund-results';
import { nationalResults } from '../../src/lib/server/results/national-results';
import { shippedInstrument } from '../support/builders';
import {
	bareMeans,
	benchDatabase,
	goals,
	measure,
	questionnaire,
	responses,
	year
} from './large-year';
import { recordBenchRows } from './table';

/**
 * `npm run bench`: the results of one förbund and the national view over a large generated
 * year, each beside the bare SQL that computes the same statement means, in the same run on the
 * same PostgreSQL. Goals are ratios to that baseline, and the app's peak memory.
 */
describe('results over a large year', () => {
	it(`stay within ${goals.ratio}× the bare GROUP BY and ${goals.peakMegabytes} MB`, async () => {
		const database = await benchDatabase();
		try {
			const [first] = await database.rows<{ id: number }>(
				'select id from forbund order by id limit 1'
			);
			const forbundId = first!.id;
			const bare = (forbund?: number) => bareMeans(database, forbund);
			const own = () =>
				forbundResults(database.db, shippedInstrument, defaultThresholds, {
					forbundId,
					year,
					questionnaire,
					insatsId: null,
					perInsats: true
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
			// The förbund's page shows the nation's statement means beside its own, so its
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
				forbundMs: Math.round(ownRun.ms),
				bareForbundMs: Math.round(bareOwn.ms),
				forbundRatio: +(ownRun.ms / bareOwn.ms).toFixed(2),
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
					figure: 'förbund view, ms',
					measured: String(report.forbundMs),
					baseline: String(report.bareForbundMs),
					ratio: String(report.forbundRatio),
					goal: `≤ ${goals.ratio}`,
					met: report.forbundRatio <= goals.ratio
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
			expect(report.forbundRatio).toBeLessThanOrEqual(goals.ratio);
			expect(report.peakMegabytes).toBeLessThan(goals.peakMegabytes);
		} finally {
			await database.close();
		}
	});
});
