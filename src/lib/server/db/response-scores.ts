import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './connect';

/**
 * Writes the indicator scores of the responses that `which` selects, a condition on `rule` with
 * the columns `response_id`, `round_id` and `questionnaire_version_id`. Scores already written
 * are kept. The rule itself is the database's view `response_score_rule` (migration 0011), the
 * same one `store_response` scores a submit by, so that a score written at submit time and one
 * written later cannot differ.
 */
export async function scoreResponses(db: Db, which: SQL): Promise<void> {
	await db.execute(sql`
		insert into response_score (response_id, round_id, indicator, score)
		select rule.response_id, rule.round_id, rule.indicator, rule.score
		from response_score_rule rule
		where ${which}
		on conflict do nothing`);
}
