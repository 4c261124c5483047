import { sql } from 'drizzle-orm';
import type { Db } from './connect';
import { rowsOf } from './statistics';

export interface RawResponse {
	forbund: string;
	insats: string | null;
	version: string;
	background: Record<string, string>;
	/** Statement key → the value on the scale, or `null` for "vet inte"; unanswered keys absent. */
	answers: Record<string, number | null>;
}

/**
 * Every response to a questionnaire in a year, one row each, in random order and without its id,
 * date, language or source: what NNS may analyse without learning who answered when.
 */
export async function rawResponses(
	db: Db,
	filter: { questionnaireKey: string; year: number }
): Promise<RawResponse[]> {
	const rows = await db.execute<Record<string, unknown>>(sql`
		select f.name as forbund, i.name as insats, qv.version, resp.background,
			coalesce(
				jsonb_object_agg(a.statement_key, a.value) filter (where a.statement_key is not null),
				'{}'::jsonb
			) as answers
		from response resp
		join round r on r.id = resp.round_id
		join forbund f on f.id = r.forbund_id
		left join insats i on i.id = r.insats_id
		join questionnaire_version qv on qv.id = resp.questionnaire_version_id
		left join answer a on a.response_id = resp.id
		where qv.questionnaire_key = ${filter.questionnaireKey} and r.year = ${filter.year}
		group by resp.id, f.name, i.name, qv.version, resp.background
		order by random()`);
	return rowsOf(rows).map((row) => ({
		forbund: String(row.forbund),
		insats: row.insats === null ? null : String(row.insats),
		version: String(row.version),
		background: parseJson(row.background) as Record<string, string>,
		answers: parseJson(row.answers) as Record<string, number | null>
	}));
}

/** postgres.js parses jsonb; PGlite may hand it over as text. */
function parseJson(value: unknown): unknown {
	return typeof value === 'string' ? JSON.parse(value) : value;
}
