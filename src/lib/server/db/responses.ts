import { executePrepared, type Db } from './connect';
import { scoreRowsText } from './response-scores';
import type { ResponseSource } from './schema';

export type StatementAnswer = { value: number } | { dontKnow: true };

export interface NewResponse {
	roundId: number;
	questionnaireVersionId: number;
	submissionId: string;
	language: string;
	source: ResponseSource;
	/** A date only, `YYYY-MM-DD`: never a time, which could point to a person. */
	submittedOn: string;
	background: Record<string, string>;
	answers: Record<string, StatementAnswer>;
}

export type StoreResult = 'stored' | 'duplicate' | 'locked';

/** Raised by the database when a response would enter a locked year (migration 0010). */
const yearLockedCode = 'NL001';

/**
 * Stores a response and its answers, exactly once per submission id: a repeated post (a double
 * tap, a retry after a lost connection) stores nothing new. All or nothing: one statement inserts
 * the response, its answers and its scores, and a single statement is its own transaction.
 * Nothing is stored into a locked year, whatever path the answer came by (web, code, paper,
 * import): the database's trigger on `response` refuses it, also when NNS locks the year while
 * this statement runs (see drizzle/0010_locked_year_guard.sql).
 *
 * One round trip, prepared once per connection: where a submit took a share lock, a check and the
 * inserts in an explicit transaction of three round trips, each statement parsed and planned anew.
 */
export async function storeResponse(db: Db, values: NewResponse): Promise<StoreResult> {
	const given = Object.entries(values.answers).map(([statementKey, answered]) =>
		'dontKnow' in answered
			? { statement_key: statementKey, value: null, dont_know: true }
			: { statement_key: statementKey, value: answered.value, dont_know: false }
	);
	try {
		const [row] = await executePrepared<{ created: boolean }>(db, storeStatement, [
			values.roundId,
			values.questionnaireVersionId,
			values.submissionId,
			values.language,
			values.source,
			values.submittedOn,
			JSON.stringify(values.background),
			JSON.stringify(given)
		]);
		return row?.created ? 'stored' : 'duplicate';
	} catch (error) {
		if ((error as { code?: unknown } | null)?.code === yearLockedCode) return 'locked';
		throw error;
	}
}

/**
 * The response, its answers and its scores, with the parameters of `storeResponse` in order. Text
 * rather than drizzle's builder because its text must never change to stay prepared.
 */
const storeStatement = `
	with created as (
		insert into response (round_id, questionnaire_version_id, submission_id, language, source,
			submitted_on, background)
		values ($1::int, $2::int, $3::text::uuid, $4::text, $5::text, $6::text::date, $7::text::jsonb)
		on conflict (submission_id) do nothing
		returning id, round_id, questionnaire_version_id
	),
	answered as (
		insert into answer (response_id, statement_key, value, dont_know)
		select created.id, g.statement_key, g.value, g.dont_know
		from created, jsonb_to_recordset($8::text::jsonb)
			as g(statement_key text, value smallint, dont_know boolean)
		returning response_id, statement_key, value
	),
	scored as (
		insert into response_score (response_id, round_id, indicator, score)
		${scoreRowsText(`(
			select answered.*, created.round_id, created.questionnaire_version_id
			from answered join created on created.id = answered.response_id
		)`)}
		returning 1
	)
	select exists (select 1 from created) as created`;
