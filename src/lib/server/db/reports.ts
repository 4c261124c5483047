import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { EditionSummary } from '$lib/reports/editions';
import type { Db } from './connect';
import { forbund, reportDraft, reportEdition } from './schema';
import { rowsOf } from './statistics';

export interface DraftTexts {
	foreword: string;
	comments: Record<string, string>;
}

export async function findReportDraft(db: Db, year: number): Promise<DraftTexts> {
	const [row] = await db
		.select({ foreword: reportDraft.foreword, comments: reportDraft.comments })
		.from(reportDraft)
		.where(eq(reportDraft.year, year));
	return row ?? { foreword: '', comments: {} };
}

export async function saveReportDraft(db: Db, year: number, texts: DraftTexts): Promise<void> {
	await db
		.insert(reportDraft)
		.values({ year, ...texts })
		.onConflictDoUpdate({ target: reportDraft.year, set: { ...texts, updatedAt: new Date() } });
}

export interface NewEdition {
	year: number;
	publishedOn: string;
	note: string | null;
	content: string;
	contentHash: string;
	files: Record<string, string>;
	cells: Record<string, unknown>;
}

/**
 * Stores the next edition of a year. The number follows the year's latest; two publications at
 * once cannot both take it (the unique key refuses the second).
 */
export async function insertReportEdition(db: Db, edition: NewEdition): Promise<number> {
	const [row] = await db
		.insert(reportEdition)
		.values({
			...edition,
			edition: sql`(select coalesce(max(${reportEdition.edition}), 0) + 1 from ${reportEdition} where ${reportEdition.year} = ${edition.year})`
		})
		.returning({ edition: reportEdition.edition });
	return row!.edition;
}

export type { EditionSummary } from '$lib/reports/editions';

const summaryColumns = {
	year: reportEdition.year,
	edition: reportEdition.edition,
	publishedOn: reportEdition.publishedOn,
	note: reportEdition.note,
	contentHash: reportEdition.contentHash
};

/** Every published edition (or one year's), newest year first and each year's in order. */
export async function listReportEditions(db: Db, year?: number): Promise<EditionSummary[]> {
	return db
		.select(summaryColumns)
		.from(reportEdition)
		.where(year === undefined ? undefined : eq(reportEdition.year, year))
		.orderBy(desc(reportEdition.year), asc(reportEdition.edition));
}

/** One edition of a year, or its latest when no edition is named. */
export async function findReportEdition(db: Db, year: number, edition?: number) {
	const [row] = await db
		.select({ ...summaryColumns, content: reportEdition.content, files: reportEdition.files })
		.from(reportEdition)
		.where(editionWhere(year, edition))
		.orderBy(desc(reportEdition.edition))
		.limit(1);
	return row;
}

function editionWhere(year: number, edition?: number) {
	return edition === undefined
		? eq(reportEdition.year, year)
		: and(eq(reportEdition.year, year), eq(reportEdition.edition, edition));
}

/** An edition's summary and one of its files (a page never needs the others). */
export async function findReportEditionFile(db: Db, year: number, name: string, edition?: number) {
	const [row] = await db
		.select({ ...summaryColumns, body: sql<string | null>`${reportEdition.files} ->> ${name}` })
		.from(reportEdition)
		.where(editionWhere(year, edition))
		.orderBy(desc(reportEdition.edition))
		.limit(1);
	return row;
}

/** An edition's summary without its content or files: to know which edition a URL means. */
export async function findReportEditionSummary(db: Db, year: number, edition?: number) {
	const [row] = await db
		.select(summaryColumns)
		.from(reportEdition)
		.where(editionWhere(year, edition))
		.orderBy(desc(reportEdition.edition))
		.limit(1);
	return row;
}

/** The cell records of a year's editions, oldest first: what the next edition must stay consistent with. */
export async function reportEditionCells(db: Db, year: number): Promise<Record<string, unknown>[]> {
	const rows = await db
		.select({ cells: reportEdition.cells })
		.from(reportEdition)
		.where(eq(reportEdition.year, year))
		.orderBy(asc(reportEdition.edition));
	return rows.map((r) => r.cells);
}

export interface ParticipationRow {
	forbundId: number;
	questionnaireKey: string;
	rounds: number;
	responses: number;
	/** Over the rounds that name an expected number of respondents. */
	expected: number;
	responsesOfExpected: number;
	version: string;
}

/** Rounds and answers of a year per förbund and questionnaire version. */
export async function yearParticipation(db: Db, year: number): Promise<ParticipationRow[]> {
	const rows = await db.execute<Record<string, unknown>>(sql`
		select r.forbund_id, qv.questionnaire_key, qv.version, count(*)::int as rounds,
			coalesce(sum(c.n), 0)::int as responses,
			coalesce(sum(r.expected_respondents), 0)::int as expected,
			coalesce(sum(c.n) filter (where r.expected_respondents is not null), 0)::int as of_expected
		from round r
		join questionnaire_version qv on qv.id = r.questionnaire_version_id
		left join lateral (select count(*) as n from response where response.round_id = r.id) c on true
		where r.year = ${year}
		group by r.forbund_id, qv.questionnaire_key, qv.version`);
	return rowsOf(rows).map((row) => ({
		forbundId: Number(row.forbund_id),
		questionnaireKey: String(row.questionnaire_key),
		version: String(row.version),
		rounds: Number(row.rounds),
		responses: Number(row.responses),
		expected: Number(row.expected),
		responsesOfExpected: Number(row.of_expected)
	}));
}

export async function countActiveForbund(db: Db): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(forbund)
		.where(eq(forbund.active, true));
	return row?.n ?? 0;
}

/** Years with rounds or a report, newest first: the years a report can be compiled for. */
export async function reportYears(db: Db): Promise<number[]> {
	const rows = await db.execute<Record<string, unknown>>(sql`
		select year from round union select year from report_edition order by year desc`);
	return rowsOf(rows).map((row) => Number(row.year));
}
