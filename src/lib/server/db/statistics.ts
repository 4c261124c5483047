import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './connect';

/**
 * SQL aggregation for the results: counts and sums grouped by förbund, insats, year and
 * optionally one background question, never answer rows. Everything above a förbund (län,
 * område, nation) is a sum of these groups, added up by the results module.
 */
export interface StatisticsFilter {
	questionnaireKey: string;
	years: number[];
	/** Only this förbund's answers (its own results page). */
	forbundId?: number;
	/** Group by the answer to this background question, e.g. `kon`; unanswered is `null`. */
	backgroundKey?: string;
}

/** Answers on the scale per value: the distribution, from which n, Σx and Σx² follow exactly. */
export interface StatementCountRow {
	forbundId: number;
	insatsId: number | null;
	year: number;
	group: string | null;
	statementKey: string;
	value: number;
	n: number;
}

/** Respondent indicator scores, as n, Σ and Σ² per group. */
export interface IndicatorSumRow {
	forbundId: number;
	insatsId: number | null;
	year: number;
	group: string | null;
	indicator: string;
	n: number;
	sum: number;
	sumSquares: number;
}

function where(filter: StatisticsFilter): SQL {
	const years = sql.join(
		filter.years.map((y) => sql`${y}`),
		sql`, `
	);
	const parts = [sql`qv.questionnaire_key = ${filter.questionnaireKey}`, sql`r.year in (${years})`];
	if (filter.forbundId !== undefined) parts.push(sql`r.forbund_id = ${filter.forbundId}`);
	return sql.join(parts, sql` and `);
}

function groupColumn(filter: StatisticsFilter): SQL {
	return filter.backgroundKey
		? sql`(resp.background ->> ${filter.backgroundKey})`
		: sql`null::text`;
}

/** Answers per value of every statement ("vet inte" and unanswered never count). */
export async function statementCounts(
	db: Db,
	filter: StatisticsFilter
): Promise<StatementCountRow[]> {
	if (filter.years.length === 0) return [];
	const rows = await db.execute<Record<string, unknown>>(sql`
		select r.forbund_id, r.insats_id, r.year, ${groupColumn(filter)} as grp,
			a.statement_key, a.value, count(*)::int as n
		from answer a
		join response resp on resp.id = a.response_id
		join round r on r.id = resp.round_id
		join questionnaire_version qv on qv.id = r.questionnaire_version_id
		where ${where(filter)} and a.value is not null
		group by r.forbund_id, r.insats_id, r.year, grp, a.statement_key, a.value`);
	return rowsOf(rows).map((row) => ({
		forbundId: Number(row.forbund_id),
		insatsId: row.insats_id === null ? null : Number(row.insats_id),
		year: Number(row.year),
		group: (row.grp as string | null) ?? null,
		statementKey: String(row.statement_key),
		value: Number(row.value),
		n: Number(row.n)
	}));
}

/**
 * Indicator scores per group. A respondent's score is the mean of their answered statements of
 * the indicator, counted only when at least half of the indicator's statements in their
 * questionnaire version are answered on the scale.
 */
export async function indicatorSums(db: Db, filter: StatisticsFilter): Promise<IndicatorSumRow[]> {
	if (filter.years.length === 0) return [];
	// The scores are written with the answers (`response_score`): a few rows a response, each
	// with its round, so that only a breakdown by background needs the responses themselves.
	const responses = filter.backgroundKey
		? sql`join response resp on resp.id = rs.response_id`
		: sql``;
	const rows = await db.execute<Record<string, unknown>>(sql`
		select r.forbund_id, r.insats_id, r.year, ${groupColumn(filter)} as grp, rs.indicator,
			count(*)::int as n, sum(rs.score)::float8 as sum,
			sum(rs.score * rs.score)::float8 as sum_squares
		from response_score rs
		${responses}
		join round r on r.id = rs.round_id
		join questionnaire_version qv on qv.id = r.questionnaire_version_id
		where ${where(filter)}
		group by r.forbund_id, r.insats_id, r.year, grp, rs.indicator`);
	return rowsOf(rows).map((row) => ({
		forbundId: Number(row.forbund_id),
		insatsId: row.insats_id === null ? null : Number(row.insats_id),
		year: Number(row.year),
		group: (row.grp as string | null) ?? null,
		indicator: String(row.indicator),
		n: Number(row.n),
		sum: Number(row.sum),
		sumSquares: Number(row.sum_squares)
	}));
}

/** The statements of a questionnaire's versions used in the given years, with their scales. */
export async function statementsInUse(db: Db, filter: Pick<StatisticsFilter, 'questionnaireKey'>) {
	const rows = await db.execute<Record<string, unknown>>(sql`
		select distinct on (qs.statement_key) qs.statement_key, qs.indicator, qs.position,
			qs.scale_min, qs.scale_max, qs.positive_from, qv.id as version_id
		from questionnaire_statement qs
		join questionnaire_version qv on qv.id = qs.questionnaire_version_id
		where qv.questionnaire_key = ${filter.questionnaireKey}
		order by qs.statement_key, qv.id desc`);
	return rowsOf(rows)
		.map((row) => ({
			statementKey: String(row.statement_key),
			indicator: String(row.indicator),
			position: Number(row.position),
			versionId: Number(row.version_id),
			scale: {
				min: Number(row.scale_min),
				max: Number(row.scale_max),
				positiveFrom: Number(row.positive_from)
			}
		}))
		.sort((a, b) => b.versionId - a.versionId || a.position - b.position);
}

/** postgres.js returns the rows as the result; PGlite wraps them in `{ rows }`. */
export function rowsOf(result: unknown): Record<string, unknown>[] {
	if (Array.isArray(result)) return result as Record<string, unknown>[];
	return ((result as { rows?: Record<string, unknown>[] }).rows ?? []) as Record<string, unknown>[];
}
