import { count, eq } from 'drizzle-orm';
import type { Db } from './connect';
import { answer, response, type ResponseSource } from './schema';

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

/**
 * Stores a response and its answers in one transaction, exactly once per submission id: a
 * repeated post (a double tap, a retry after a lost connection) stores nothing new.
 */
export async function storeResponse(db: Db, values: NewResponse): Promise<'stored' | 'duplicate'> {
	return db.transaction(async (tx) => {
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
		return 'stored';
	});
}

export async function countResponses(db: Db, roundId: number): Promise<number> {
	const [row] = await db.select({ n: count() }).from(response).where(eq(response.roundId, roundId));
	return row?.n ?? 0;
}
