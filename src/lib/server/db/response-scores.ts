import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './connect';

/**
 * Writes the indicator scores of the responses that `which` selects (a condition on `resp`):
 * per indicator the mean of the answered statements, where at least half of the indicator's
 * statements in the response's questionnaire version are answered on the scale. "Vet inte" and
 * unanswered statements count neither way. Scores already written are kept.
 */
export async function scoreResponses(db: Db, which: SQL): Promise<void> {
	await db.execute(sql`
		insert into response_score (response_id, round_id, indicator, score)
		select a.response_id, resp.round_id, qs.indicator, avg(a.value)::float8
		from answer a
		join response resp on resp.id = a.response_id
		join questionnaire_statement qs
			on qs.questionnaire_version_id = resp.questionnaire_version_id
			and qs.statement_key = a.statement_key
		where a.value is not null and ${which}
		group by a.response_id, resp.round_id, resp.questionnaire_version_id, qs.indicator
		having count(*) * 2 >= (
			select count(*) from questionnaire_statement s
			where s.questionnaire_version_id = resp.questionnaire_version_id
				and s.indicator = qs.indicator
		)
		on conflict do nothing`);
}
