import { createHash, randomUUID } from 'node:crypto';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { addResponse, createRoundFixture, type RoundFixture } from '$test/builders';
import { engines, useTestDatabase } from '$test/database';
import { shippedInstrument } from '$test/builders';
import type { ReportContent } from '$lib/reports/types';
import { isYearLocked } from '../db/locked-years';
import { storeResponse } from '../db/responses';
import { findReportEdition, saveReportDraft } from '../db/reports';
import { listAudit } from '../db/audit';
import { defaultThresholds } from '../disclosure';
import { rawResponses } from '../db/raw-answers';
import { publishReport } from './publish';
import { rawAnswersCsv } from './raw-answers';

const i01 = (value: number) => ({
	'i01-respekt': { value },
	'i01-lyssnar': { value },
	'i01-trygg': { value }
});
const actor = { id: 1, name: 'Ingrid Lindqvist' };

function forbundFigure(content: ReportContent, name: string) {
	const id = content.participation.forbund.find((f) => f.name === name)?.id;
	const comparison = content.questionnaires[0]!.comparisons.find((c) => c.code === 'I01')!;
	return comparison.forbund.find((f) => Number(f.key) === id)?.figure;
}

// The files are the same tests whether the database is PGlite or PostgreSQL.
describe.each(engines)('publishing the national report on %s', (engine) => {
	const database = useTestDatabase(engine, { resetEachTest: false });
	let stora: RoundFixture;
	let mellan: RoundFixture;

	beforeAll(async () => {
		const db = database.db;
		await database.rows(
			`insert into app_user (id, email, name, is_nns_admin) values (1, 'ingrid@nns.example', 'Ingrid Lindqvist', true)`
		);
		stora = await createRoundFixture(db, { forbundName: 'Stora förbundet', year: 2025 });
		mellan = await createRoundFixture(db, {
			forbundName: '=HYPERLINK("http://evil.example")',
			lan: 'Uppsala',
			year: 2025
		});
		const third = await createRoundFixture(db, {
			forbundName: 'Tredje förbundet',
			lan: 'Gotland',
			year: 2025
		});
		for (let i = 0; i < 12; i++) await addResponse(db, stora, i01(3 + (i % 3)));
		for (let i = 0; i < 8; i++) await addResponse(db, mellan, i01(4 + (i % 2)));
		for (let i = 0; i < 9; i++) await addResponse(db, third, i01(2 + (i % 4)));
		await saveReportDraft(db, 2025, {
			foreword: '<script>alert(1)</script>\n\nAndra stycket.',
			comments: { metod: 'Om metoden.' }
		});
	});

	it('publishes edition 1 whole: content, hash, exports, year lock and audit in one go', async () => {
		const db = database.db;
		const result = await publishReport(db, shippedInstrument, defaultThresholds, {
			year: 2025,
			note: null,
			today: '2026-03-16',
			actor
		});
		expect(result).toEqual({ ok: true, edition: 1 });
		const stored = await findReportEdition(db, 2025);
		expect(stored?.edition).toBe(1);
		expect(stored!.contentHash).toBe(
			createHash('sha256').update(stored!.content, 'utf8').digest('hex')
		);
		const content = JSON.parse(stored!.content) as ReportContent;
		expect(content).toMatchObject({
			year: 2025,
			edition: 1,
			publishedOn: '2026-03-16',
			note: null
		});
		// NNS's text is kept as text; the page escapes it.
		expect(content.texts.foreword).toBe('<script>alert(1)</script>\n\nAndra stycket.');
		expect(content.participation.forbund.map((f) => f.name)).toHaveLength(3);
		expect(forbundFigure(content, 'Stora förbundet')).toMatchObject({ hidden: false, n: 12 });
		expect(Object.keys(stored!.files).sort()).toEqual([
			'data-rfc4180.csv',
			'data.csv',
			'data.json'
		]);
		expect(await isYearLocked(db, 2025)).toBe(true);
		const audit = await listAudit(db);
		expect(audit.some((a) => a.action === 'report.publish')).toBe(true);
	});

	it('writes CSV a spreadsheet reads: Swedish decimals, `..`, and no formula from a name', async () => {
		const stored = await findReportEdition(database.db, 2025);
		const excel = stored!.files['data.csv']!;
		expect(excel.startsWith('\uFEFF')).toBe(true);
		const rows = Papa.parse<string[]>(excel.slice(1), { delimiter: ';' }).data;
		expect(rows[0]).toEqual([
			'År',
			'Enkät',
			'Indikator',
			'Indikatorns namn',
			'Enhetstyp',
			'Enhet',
			'Värde',
			'Antal svar',
			'KI låg',
			'KI hög'
		]);
		const evil = rows.filter((r) => r[5]?.includes('HYPERLINK'));
		expect(evil.length).toBeGreaterThan(0);
		for (const row of evil) expect(row[5]!.startsWith("'=")).toBe(true);
		const nation = rows.find((r) => r[0] === '2025' && r[2] === 'I01' && r[4] === 'Riket')!;
		expect(nation[6]).toMatch(/^\d,\d+$/);
		const machine = Papa.parse<Record<string, string>>(stored!.files['data-rfc4180.csv']!, {
			header: true,
			skipEmptyLines: true
		}).data;
		expect(machine.find((r) => r.unit_type === 'riket' && r.period === '2025')?.value).toMatch(
			/^\d\.\d+$/
		);
		const json = JSON.parse(stored!.files['data.json']!) as { values: { status: string | null }[] };
		expect(json.values.length).toBe(machine.length);
	});

	it('never changes a published edition: the database refuses, and new answers leave it be', async () => {
		const db = database.db;
		const before = await findReportEdition(db, 2025);
		await expect(
			database.rows(`update report_edition set content = '{}' where year = 2025`)
		).rejects.toThrow();
		await expect(database.rows(`delete from report_edition where year = 2025`)).rejects.toThrow();
		// A web answer to the locked year is refused, and stays out.
		const late = await storeResponse(db, {
			roundId: stora.roundId,
			questionnaireVersionId: stora.questionnaireVersionId,
			submissionId: randomUUID(),
			language: 'sv',
			source: 'paper',
			submittedOn: '2026-03-20',
			background: {},
			answers: i01(7)
		});
		expect(late).toBe('locked');
		const after = await findReportEdition(db, 2025);
		expect(after).toEqual(before);
	});

	it('needs a note for a correction, and keeps the first edition readable', async () => {
		const db = database.db;
		const refused = await publishReport(db, shippedInstrument, defaultThresholds, {
			year: 2025,
			note: '  ',
			today: '2026-04-02',
			actor
		});
		expect(refused).toEqual({ ok: false, reason: 'note-needed' });
		await database.rows(`delete from locked_year where year = 2025`);
		const stillRefused = await publishReport(db, shippedInstrument, defaultThresholds, {
			year: 2025,
			note: null,
			today: '2026-04-02',
			actor
		});
		expect(stillRefused).toEqual({ ok: false, reason: 'note-needed' });
		expect(await isYearLocked(db, 2025)).toBe(false);
		const first = await findReportEdition(db, 2025, 1);
		// Late answers, as if an operator had added two after publication: two people's answers.
		await database.rows(`delete from locked_year where year = 2025`);
		await addResponse(db, stora, i01(7));
		await addResponse(db, stora, i01(7));
		const result = await publishReport(db, shippedInstrument, defaultThresholds, {
			year: 2025,
			note: 'Två sena svar från Stora förbundet.',
			today: '2026-04-02',
			actor
		});
		expect(result).toEqual({ ok: true, edition: 2 });
		expect(await findReportEdition(db, 2025, 1)).toEqual(first);
		const second = JSON.parse((await findReportEdition(db, 2025))!.content) as ReportContent;
		const firstContent = JSON.parse(first!.content) as ReportContent;
		expect(second.note).toBe('Två sena svar från Stora förbundet.');
		// Stora was shown with 12; with 14 beside it, the two late answers would be plain to see.
		expect(forbundFigure(firstContent, 'Stora förbundet')).toMatchObject({ hidden: false, n: 12 });
		expect(forbundFigure(second, 'Stora förbundet')).toEqual({ hidden: true });
		const nation = (c: ReportContent) =>
			c.questionnaires[0]!.indicators.find((i) => i.code === 'I01')!.nation;
		expect(nation(firstContent)).toMatchObject({ hidden: false, n: 29 });
		expect(nation(second)).toEqual({ hidden: true });
	});

	it('gives NNS the raw answers one row a response, without ids, dates or language', async () => {
		const db = database.db;
		await database.rows(`delete from locked_year where year = 2025`);
		await addResponse(
			db,
			stora,
			{ 'i01-respekt': { dontKnow: true }, 'i01-lyssnar': { value: 6 } },
			{ kon: 'kvinna' }
		);
		const questionnaire = shippedInstrument.questionnaires.find(
			(q) => q.key === 'deltagare-pagaende'
		)!;
		const responses = await rawResponses(db, { questionnaireKey: questionnaire.key, year: 2025 });
		expect(responses).toHaveLength(12 + 8 + 9 + 2 + 1);
		const rows = Papa.parse<string[]>(rawAnswersCsv(questionnaire, responses).slice(1), {
			delimiter: ';',
			skipEmptyLines: true
		}).data;
		const header = rows[0]!;
		expect(header.slice(0, 3)).toEqual(['Förbund', 'Insats', 'Enkätversion']);
		expect(header.join(' ')).not.toMatch(/datum|språk|id|källa/i);
		const marked = rows.find((r) => r.includes('vet inte'))!;
		expect(marked[header.indexOf('i01-respekt')]).toBe('vet inte');
		expect(marked[header.indexOf('i01-lyssnar')]).toBe('6');
		expect(marked[header.indexOf('i01-trygg')]).toBe('');
		expect(marked[3]).toBe('Kvinna');
	});

	it('refuses a correction when answers behind the last edition are gone, and stores nothing', async () => {
		const db = database.db;
		await database.rows(`delete from locked_year where year = 2025`);
		await database.rows(
			`delete from response where id = (select resp.id from response resp join round r on r.id = resp.round_id where r.id = ${stora.roundId} limit 1)`
		);
		const result = await publishReport(db, shippedInstrument, defaultThresholds, {
			year: 2025,
			note: 'Ett svar togs bort.',
			today: '2026-05-01',
			actor
		});
		expect(result).toEqual({ ok: false, reason: 'answers-changed' });
		expect(await isYearLocked(db, 2025)).toBe(false);
		expect((await findReportEdition(db, 2025))?.edition).toBe(2);
	});
});
