import { and, eq, sql } from 'drizzle-orm';
import type { Db } from './connect';
import { answer, lockedYear, response, round } from './schema';

export interface PaperForm {
	language: string;
	background: Record<string, string>;
	/** By statement key: a value, `0` for vet inte; a statement left blank is absent. */
	answers: Record<string, number>;
}

/**
 * The paper forms entered for a round, as their content only: no id, date or time, and in the
 * order of their content, so that the list says nothing about when or by whom each was entered.
 */
export async function listPaperForms(db: Db, roundId: number): Promise<PaperForm[]> {
	const rows = await db
		.select({
			language: response.language,
			background: response.background,
			answers: sql<Record<string, number> | null>`(
				select jsonb_object_agg(${answer.statementKey}, case when ${answer.dontKnow} then 0 else ${answer.value} end)
				from ${answer} where ${answer.responseId} = ${response.id}
			)`
		})
		.from(response)
		.where(and(eq(response.roundId, roundId), eq(response.source, 'paper')));
	return rows.map((row) => ({ ...row, answers: row.answers ?? {} }));
}

/** Takes a round's share lock as `storeResponse` does, and tells whether its year is locked. */
export async function lockRoundForAnswers(db: Db, roundId: number): Promise<boolean> {
	await db.execute(sql`select 1 from ${round} where ${round.id} = ${roundId} for share`);
	const [lock] = await db
		.select({ year: lockedYear.year })
		.from(lockedYear)
		.innerJoin(round, eq(round.year, lockedYear.year))
		.where(eq(round.id, roundId));
	return lock !== undefined;
}

/** Deletes one paper response of a round by its form's submission id; true when one went. */
export async function deletePaperResponse(
	db: Db,
	roundId: number,
	submissionId: string
): Promise<boolean> {
	const deleted = await db
		.delete(response)
		.where(
			and(
				eq(response.roundId, roundId),
				eq(response.submissionId, submissionId),
				eq(response.source, 'paper')
			)
		)
		.returning({ id: response.id });
	return deleted.length > 0;
}
