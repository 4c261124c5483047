import { count, eq, sql } from 'drizzle-orm';
import type { Db } from './connect';
import { scoreResponses } from './response-scores';
import { answer, lockedYear, response, round, type ResponseSource } from './schema';

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
 */
export async function storeResponse(db: Db, values: NewResponse): Promise<StoreResult> {
	return db.transaction(async (tx) => {
		// The share lock on the round waits for a `lockYear` in progress (it holds the year's
		// rounds for update); the next statement then sees its lock, in a snapshot of its own.
		await tx.execute(sql`select 1 from ${round} where ${round.id} = ${values.roundId} for share`);
		const [lock] = await tx
			.select({ year: lockedYear.year })
			.from(lockedYear)
			.innerJoin(round, eq(round.year, lockedYear.year))
			.where(eq(round.id, values.roundId));
		if (lock) return 'locked';
		const [created] = await tx
			.insert(response)
			.values({
				roundId: values.roundId,
				questionnaireVersionId: values.questionnaireVersionId,
				submissionId: values.submissionId,
				language: values.language,
				source: values.source,
				submittedOn: values.submittedOn,
				background: values.background
			})
			.onConflictDoNothing({ target: response.submissionId })
			.returning({ id: response.id });
		if (!created) return 'duplicate';
		const rows = Object.entries(values.answers).map(([statementKey, given]) =>
			'dontKnow' in given
				? { responseId: created.id, statementKey, value: null, dontKnow: true }
				: { responseId: created.id, statementKey, value: given.value, dontKnow: false }
		);
		if (rows.length > 0) await tx.insert(answer).values(rows);
		await scoreResponses(tx, sql`resp.id = ${created.id}`);
		return 'stored';
	});
}

export async function countResponses(db: Db, roundId: number): Promise<number> {
	const [row] = await db.select({ n: count() }).from(response).where(eq(response.roundId, roundId));
	return row?.n ?? 0;
}
