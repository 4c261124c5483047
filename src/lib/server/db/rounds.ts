import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { QuestionnaireDefinition } from '../instrument/content-hash';
import type { Db } from './connect';
import { forbund, insats, questionnaireVersion, round } from './schema';

export type RoundState = 'open' | 'not-yet-open' | 'closed';

/** Everything the participant path needs to know about a round. */
export interface ParticipantRound {
	id: number;
	token: string;
	code: string;
	year: number;
	opensOn: string;
	closesOn: string;
	languages: string[];
	forbundName: string;
	insatsName: string | null;
	questionnaireVersionId: number;
	definition: QuestionnaireDefinition;
}

function participantRoundQuery(db: Db) {
	return db
		.select({
			id: round.id,
			token: round.token,
			code: round.code,
			year: round.year,
			opensOn: round.opensOn,
			closesOn: round.closesOn,
			languages: round.languages,
			forbundName: forbund.name,
			insatsName: insats.name,
			questionnaireVersionId: round.questionnaireVersionId,
			definition: questionnaireVersion.definition
		})
		.from(round)
		.innerJoin(forbund, eq(forbund.id, round.forbundId))
		.innerJoin(questionnaireVersion, eq(questionnaireVersion.id, round.questionnaireVersionId))
		.leftJoin(insats, eq(insats.id, round.insatsId));
}

export async function findRoundByToken(
	db: Db,
	token: string
): Promise<ParticipantRound | undefined> {
	const [found] = await participantRoundQuery(db).where(eq(round.token, token));
	return found;
}

export async function findRoundTokenByCode(db: Db, code: string): Promise<string | undefined> {
	const [found] = await db.select({ token: round.token }).from(round).where(eq(round.code, code));
	return found?.token;
}

/** Open from the first to the last day inclusive, in Swedish calendar days. */
export function roundState(
	r: Pick<ParticipantRound, 'opensOn' | 'closesOn'>,
	today: string
): RoundState {
	if (today < r.opensOn) return 'not-yet-open';
	if (today > r.closesOn) return 'closed';
	return 'open';
}

export interface NewRound {
	forbundId: number;
	year: number;
	questionnaireVersionId: number;
	insatsId: number | null;
	opensOn: string;
	closesOn: string;
	languages: string[];
	token: string;
	code: string;
	expectedRespondents?: number | null;
}

export async function insertRound(db: Db, values: NewRound): Promise<number> {
	const [created] = await db.insert(round).values(values).returning({ id: round.id });
	return created!.id;
}

/** The first round of a questionnaire that is open today: the demo's participant link. */
export async function findFirstOpenRound(
	db: Db,
	questionnaireKey: string,
	today: string
): Promise<{ token: string; code: string } | undefined> {
	const [found] = await db
		.select({ token: round.token, code: round.code })
		.from(round)
		.innerJoin(questionnaireVersion, eq(questionnaireVersion.id, round.questionnaireVersionId))
		.where(
			and(
				eq(questionnaireVersion.questionnaireKey, questionnaireKey),
				lte(round.opensOn, today),
				gte(round.closesOn, today)
			)
		)
		.orderBy(asc(round.id))
		.limit(1);
	return found;
}
