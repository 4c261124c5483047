import { executePrepared, type Db } from './connect';
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
 * tap, a retry after a lost connection) stores nothing new. All or nothing: the database's
 * function `store_response` (migration 0011) inserts the response, its answers and its scores
 * in one call, and a single statement is its own transaction. Nothing is stored into a locked
 * year, whatever path the answer came by (web, code, paper, import): the trigger on `response`
 * refuses it, also when NNS locks the year while this call runs (migration 0010).
 *
 * One short statement, prepared once per connection, with the function's own statements planned
 * once by PL/pgSQL: a submit used to take a share lock, a check and the inserts in an explicit
 * transaction of three round trips, with every statement parsed and planned anew.
 */
export async function storeResponse(db: Db, values: NewResponse): Promise<StoreResult> {
	const given = Object.entries(values.answers).map(([statementKey, answered]) =>
		'dontKnow' in answered
			? { statement_key: statementKey, value: null, dont_know: true }
			: { statement_key: statementKey, value: answered.value, dont_know: false }
	);
	try {
		const [row] = await executePrepared<{ created: boolean }>(
			db,
			`select store_response($1::int, $2::int, $3::text::uuid, $4::text, $5::text,
				$6::text::date, $7::text::jsonb, $8::text::jsonb) as created`,
			[
				values.roundId,
				values.questionnaireVersionId,
				values.submissionId,
				values.language,
				values.source,
				values.submittedOn,
				JSON.stringify(values.background),
				JSON.stringify(given)
			]
		);
		return row?.created ? 'stored' : 'duplicate';
	} catch (error) {
		if ((error as { code?: unknown } | null)?.code === yearLockedCode) return 'locked';
		throw error;
	}
}
