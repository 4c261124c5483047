import { and, asc, count, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { QuestionnaireDefinition } from '../instrument/content-hash';
import type { Db } from './connect';
import { forbund, forbundYear, insats, questionnaireVersion, response, round } from './schema';

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
	/** Its year is locked by NNS: the round takes nothing more. */
	locked: boolean;
	closedEarly: boolean;
}

/** Whether the round's year is locked, as a column of any query over `round`. */
// Spelled out with its tables: in a select from `round` alone drizzle writes columns without
// their table, and `"year" = "year"` would then be true for every round once any year is locked.
const yearLocked = sql<boolean>`exists (select 1 from "locked_year" where "locked_year"."year" = "round"."year")`;

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
			contentHash: questionnaireVersion.contentHash,
			locked: yearLocked,
			closedEarly: round.closedEarly
		})
		.from(round)
		.innerJoin(forbund, eq(forbund.id, round.forbundId))
		.innerJoin(questionnaireVersion, eq(questionnaireVersion.id, round.questionnaireVersionId))
		.leftJoin(insats, eq(insats.id, round.insatsId));
}

/**
 * Definitions by content hash. A definition is 17 KB of JSON that every participant request
 * needs and that never changes once it has answers; keyed by its hash rather than its version
 * id, a version corrected before its first answer (or another database in the same process)
 * can never be served stale. Bounded by the number of versions ever recorded.
 */
const definitions = new Map<string, QuestionnaireDefinition>();

async function definitionOf(db: Db, versionId: number, hash: string) {
	const cached = definitions.get(hash);
	if (cached) return cached;
	const [found] = await db
		.select({ definition: questionnaireVersion.definition, hash: questionnaireVersion.contentHash })
		.from(questionnaireVersion)
		.where(eq(questionnaireVersion.id, versionId));
	if (!found) throw new Error(`Questionnaire version ${versionId} vanished`);
	definitions.set(found.hash, found.definition);
	return found.definition;
}

/**
 * Built and prepared once per database: every participant request asks it, and drizzle's
 * building of a four-table select cost more than PostgreSQL's answering it.
 */
const roundByTokenQueries = new WeakMap<Db, ReturnType<typeof prepareRoundByToken>>();

function prepareRoundByToken(db: Db) {
	return participantRoundQuery(db)
		.where(eq(round.token, sql.placeholder('token')))
		.prepare('participant_round_by_token');
}

export async function findRoundByToken(
	db: Db,
	token: string
): Promise<ParticipantRound | undefined> {
	let query = roundByTokenQueries.get(db);
	if (!query) {
		query = prepareRoundByToken(db);
		roundByTokenQueries.set(db, query);
	}
	const [found] = await query.execute({ token });
	if (!found) return undefined;
	const { contentHash, ...rest } = found;
	return { ...rest, definition: await definitionOf(db, found.questionnaireVersionId, contentHash) };
}

/**
 * A participant's round, remembered for a moment: landing, questionnaire, submit and thank-you
 * each ask for it, and a busy round is asked thousands of times a minute. Changes made through
 * this process (dates, closing, reopening, correcting, deleting, locking the year) forget every
 * remembered round at once (inside a transaction, a request may still remember the old row
 * until the moment has passed); other processes' changes are seen within `rememberMs`. Nothing
 * that must be exact depends on it: storing an answer checks the year's lock in its own
 * transaction.
 */
const rememberMs = 2000;
const rememberedRounds = new Map<string, { round: ParticipantRound; until: number }>();

export function forgetRememberedRounds(): void {
	rememberedRounds.clear();
}

export async function findParticipantRound(
	db: Db,
	token: string,
	now = performance.now()
): Promise<ParticipantRound | undefined> {
	const remembered = rememberedRounds.get(token);
	if (remembered && remembered.until > now) return remembered.round;
	const found = await findRoundByToken(db, token);
	if (!found) return undefined;
	// Bounded: only the rounds asked for in the last moment are kept.
	if (rememberedRounds.size > 1000) rememberedRounds.clear();
	rememberedRounds.set(token, { round: found, until: now + rememberMs });
	return found;
}

/**
 * The round a participant's short code names, while it matters to participants: until 30 days
 * after its last day (after that the landing page would only say that it has closed). Fewer
 * codes that answer means that a guessed code hits a round less often (README, Security).
 */
export async function findReachableRoundToken(
	db: Db,
	code: string,
	today: string
): Promise<string | undefined> {
	const [found] = await db
		.select({ token: round.token })
		.from(round)
		.where(
			and(eq(round.code, code), gte(round.closesOn, sql`(${today}::date - ${codeReachDays}::int)`))
		);
	return found?.token;
}

/** How many days after its last day a round's code still leads to it. */
export const codeReachDays = 30;

/** Any round with this code, however old: codes are unique for good. */
export async function findRoundTokenByCode(db: Db, code: string): Promise<string | undefined> {
	const [found] = await db.select({ token: round.token }).from(round).where(eq(round.code, code));
	return found?.token;
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

const responseCount = sql<number>`(select count(*)::int from ${response} where ${response.roundId} = ${round.id})`;

/** A förbund's rounds, newest year first, with their answer counts. */
export async function listRounds(db: Db, forbundId: number) {
	return db
		.select({
			id: round.id,
			year: round.year,
			questionnaireKey: questionnaireVersion.questionnaireKey,
			questionnaireVersion: questionnaireVersion.version,
			insatsName: insats.name,
			opensOn: round.opensOn,
			closesOn: round.closesOn,
			expectedRespondents: round.expectedRespondents,
			responses: responseCount,
			locked: yearLocked,
			closedEarly: round.closedEarly
		})
		.from(round)
		.innerJoin(questionnaireVersion, eq(questionnaireVersion.id, round.questionnaireVersionId))
		.leftJoin(insats, eq(insats.id, round.insatsId))
		.where(eq(round.forbundId, forbundId))
		.orderBy(desc(round.year), asc(round.opensOn), asc(round.id));
}

/** A round, but only when it belongs to the given förbund. */
export async function findForbundRound(db: Db, forbundId: number, roundId: number) {
	const [found] = await db
		.select({
			id: round.id,
			forbundId: round.forbundId,
			year: round.year,
			questionnaireVersionId: round.questionnaireVersionId,
			questionnaireKey: questionnaireVersion.questionnaireKey,
			questionnaireVersion: questionnaireVersion.version,
			definition: questionnaireVersion.definition,
			insatsId: round.insatsId,
			insatsName: insats.name,
			opensOn: round.opensOn,
			closesOn: round.closesOn,
			languages: round.languages,
			token: round.token,
			code: round.code,
			expectedRespondents: round.expectedRespondents,
			locked: yearLocked,
			closedEarly: round.closedEarly
		})
		.from(round)
		.innerJoin(questionnaireVersion, eq(questionnaireVersion.id, round.questionnaireVersionId))
		.leftJoin(insats, eq(insats.id, round.insatsId))
		.where(and(eq(round.id, roundId), eq(round.forbundId, forbundId)));
	return found ?? null;
}

/** Answers to a round so far, by language and source. */
export async function countRoundResponses(db: Db, roundId: number) {
	const rows = await db
		.select({ language: response.language, source: response.source, n: count() })
		.from(response)
		.where(eq(response.roundId, roundId))
		.groupBy(response.language, response.source);
	const byLanguage: Record<string, number> = {};
	const bySource: Record<string, number> = {};
	let total = 0;
	for (const row of rows) {
		byLanguage[row.language] = (byLanguage[row.language] ?? 0) + row.n;
		bySource[row.source] = (bySource[row.source] ?? 0) + row.n;
		total += row.n;
	}
	return { total, byLanguage, bySource };
}

export async function setRoundDates(
	db: Db,
	roundId: number,
	dates: { opensOn: string; closesOn: string; closedEarly?: boolean }
): Promise<void> {
	await db.update(round).set(dates).where(eq(round.id, roundId));
	forgetRememberedRounds();
}

/** The national picture of a year: rounds per förbund and questionnaire, with answers. */
export async function yearOverview(db: Db, year: number) {
	const rows = await db
		.select({
			forbundId: forbund.id,
			forbundName: forbund.name,
			questionnaireKey: questionnaireVersion.questionnaireKey,
			roundIds: sql<number[]>`array_agg(distinct ${round.id} order by ${round.id})`,
			responses: sql<number>`count(${response.id})::int`
		})
		.from(round)
		.innerJoin(forbund, eq(forbund.id, round.forbundId))
		.innerJoin(questionnaireVersion, eq(questionnaireVersion.id, round.questionnaireVersionId))
		.leftJoin(response, eq(response.roundId, round.id))
		.where(eq(round.year, year))
		.groupBy(forbund.id, forbund.name, questionnaireVersion.questionnaireKey)
		.orderBy(asc(forbund.name), asc(questionnaireVersion.questionnaireKey));
	const withoutRound = await db
		.select({ id: forbund.id, name: forbund.name })
		.from(forbundYear)
		.innerJoin(forbund, eq(forbund.id, forbundYear.forbundId))
		.where(
			and(
				eq(forbundYear.year, year),
				sql`not exists (select 1 from ${round} where ${round.forbundId} = ${forbund.id} and ${round.year} = ${year})`
			)
		)
		.orderBy(asc(forbund.name));
	return { rows, withoutRound };
}

/**
 * Locks a round against answers being stored meanwhile (`storeResponse` takes a share lock on
 * it) and tells whether it has answers and whether its year is locked; null when it is gone.
 */
export async function lockRoundForChange(
	db: Db,
	roundId: number
): Promise<{ responses: number; locked: boolean } | null> {
	const [found] = await db
		.select({ id: round.id, locked: yearLocked })
		.from(round)
		.where(eq(round.id, roundId))
		.for('update');
	if (!found) return null;
	const [counted] = await db
		.select({ n: count() })
		.from(response)
		.where(eq(response.roundId, roundId));
	return { responses: counted?.n ?? 0, locked: found.locked };
}

/**
 * Deletes a round. A round with answers cannot go: the foreign key from `response` restricts it
 * (SQLSTATE 23503), whoever calls this.
 */
export async function deleteRoundRow(db: Db, roundId: number): Promise<void> {
	await db.delete(round).where(eq(round.id, roundId));
	forgetRememberedRounds();
}

export async function updateRoundSettings(
	db: Db,
	roundId: number,
	values: {
		insatsId: number | null;
		opensOn: string;
		closesOn: string;
		expectedRespondents: number | null;
	}
): Promise<void> {
	await db.update(round).set(values).where(eq(round.id, roundId));
	forgetRememberedRounds();
}

/** The years that have rounds or förbund taking part, newest first. */
export async function listRoundYears(db: Db): Promise<number[]> {
	const rows = await db
		.select({ year: round.year })
		.from(round)
		.union(db.select({ year: forbundYear.year }).from(forbundYear));
	return rows.map((r) => r.year).sort((a, b) => b - a);
}
