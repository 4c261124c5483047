import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from './connect';
import { scoreRows } from './response-scores';
import { answer, lockedYear, response, responseScore, round, type ResponseSource } from './schema';

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

/**
 * Stores a response and its answers in one transaction, exactly once per submission id: a
 * repeated post (a double tap, a retry after a lost connection) stores nothing new. Nothing is
 * stored into a locked year, whatever path the answer came by (web, code, paper, import).
 *
 * Two statements, pipelined: the share lock on the round, then one that checks the year and
 * inserts the response, its answers and its scores (three round trips with begin and commit,
 * where there were six). The lock waits for a `lockYear` in progress (it holds the year's
 * rounds for update); the second statement takes a snapshot of its own after it and so sees
 * that lock. postgres.js prepares both on each connection: their text never changes.
 */
export async function storeResponse(db: Db, values: NewResponse): Promise<StoreResult> {
	const insertAll = storeStatement(values);
	return db.transaction(async (tx) => {
		// Sent together (postgres.js writes both in one go); the server still runs them in order.
		const [, result] = await Promise.all([
			tx.execute(sql`select 1 from ${round} where ${round.id} = ${values.roundId} for share`),
			tx.execute(insertAll)
		]);
		const [row] = rowsOf<{ locked: boolean; created: boolean }>(result);
		if (row?.locked) return 'locked';
		return row?.created ? 'stored' : 'duplicate';
	});
}

/** The one statement that stores a response with its answers and scores, unless the year is locked. */
function storeStatement(values: NewResponse) {
	const given = Object.entries(values.answers).map(([statementKey, answered]) =>
		'dontKnow' in answered
			? { statement_key: statementKey, value: null, dont_know: true }
			: { statement_key: statementKey, value: answered.value, dont_know: false }
	);
	return sql`
		with locked as (
			select 1 from ${lockedYear}
			join ${round} on ${round.year} = ${lockedYear.year}
			where ${round.id} = ${values.roundId}::int
		),
		created as (
			insert into ${response} (round_id, questionnaire_version_id, submission_id, language,
				source, submitted_on, background)
			select ${values.roundId}::int, ${values.questionnaireVersionId}::int,
				${values.submissionId}::uuid, ${values.language}::text, ${values.source}::text,
				${values.submittedOn}::date, ${JSON.stringify(values.background)}::jsonb
			where not exists (select 1 from locked)
			on conflict (submission_id) do nothing
			returning id, round_id, questionnaire_version_id
		),
		answered as (
			insert into ${answer} (response_id, statement_key, value, dont_know)
			select created.id, g.statement_key, g.value, g.dont_know
			from created, jsonb_to_recordset(${JSON.stringify(given)}::jsonb)
				as g(statement_key text, value smallint, dont_know boolean)
			returning response_id, statement_key, value
		),
		scored as (
			insert into ${responseScore} (response_id, round_id, indicator, score)
			${scoreRows(sql`(
				select answered.*, created.round_id, created.questionnaire_version_id
				from answered join created on created.id = answered.response_id
			)`)}
			returning 1
		)
		select exists (select 1 from locked) as locked, exists (select 1 from created) as created`;
}
