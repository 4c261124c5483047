import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './connect';

// The scoring rule, written once: `scoreRows` and `scoreRowsText` put a relation between.
const scoreRowsHead = `
		select a.response_id, a.round_id, qs.indicator, avg(a.value)::float8
		from `;
const scoreRowsTail = ` a
		join questionnaire_statement qs
			on qs.questionnaire_version_id = a.questionnaire_version_id
			and qs.statement_key = a.statement_key
		where a.value is not null
		group by a.response_id, a.round_id, a.questionnaire_version_id, qs.indicator
		having count(*) * 2 >= (
			select count(*) from questionnaire_statement s
			where s.questionnaire_version_id = a.questionnaire_version_id
				and s.indicator = qs.indicator
		)`;

/**
 * The score rows of the answers in `answers`, a relation with the columns `response_id`,
 * `round_id`, `questionnaire_version_id`, `statement_key` and `value`: per response and
 * indicator the mean of the answered statements, where at least half of the indicator's
 * statements in the response's questionnaire version are answered on the scale. "Vet inte" and
 * unanswered statements count neither way. One rule for every writer, so that a score written at
 * submit time and one written later by `scoreResponses` cannot differ.
 */
export function scoreRows(answers: SQL): SQL {
	return sql`${sql.raw(scoreRowsHead)}${answers}${sql.raw(scoreRowsTail)}`;
}

/**
 * The same rule as text around a relation given as text: for a prepared statement, whose text
 * never changes (`storeResponse`).
 */
export function scoreRowsText(answers: string): string {
	return `${scoreRowsHead}${answers}${scoreRowsTail}`;
}

/**
 * Writes the indicator scores of the responses that `which` selects (a condition on `resp`).
 * Scores already written are kept.
 */
export async function scoreResponses(db: Db, which: SQL): Promise<void> {
	const answers = sql`(
		select a.response_id, resp.round_id, resp.questionnaire_version_id, a.statement_key, a.value
		from answer a
		join response resp on resp.id = a.response_id
		where ${which}
	)`;
	await db.execute(sql`
		insert into response_score (response_id, round_id, indicator, score)
		${scoreRows(answers)}
		on conflict do nothing`);
}
