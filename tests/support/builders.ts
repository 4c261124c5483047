import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../src/lib/server/db/connect';
import { syncInstrument } from '../../src/lib/server/db/questionnaire-versions';
import { storeResponse, type StatementAnswer } from '../../src/lib/server/db/responses';
import { insertRound } from '../../src/lib/server/db/rounds';
import { forbund, insats, questionnaireVersion } from '../../src/lib/server/db/schema';
import { loadInstrument } from '../../src/lib/server/instrument/load-instrument';
import {
	generateRoundToken,
	generateShortCode
} from '../../src/lib/server/rounds/round-credentials';

export const shippedInstrument = loadInstrument('surveys');

export interface RoundFixture {
	roundId: number;
	token: string;
	code: string;
	questionnaireVersionId: number;
	forbundId: number;
}

/** A round of the shipped instrument in a test förbund, open all of 2000–2099 by default. */
export async function createRoundFixture(
	db: Db,
	options: {
		questionnaireKey?: string;
		opensOn?: string;
		closesOn?: string;
		languages?: string[];
		forbundName?: string;
		lan?: string;
		year?: number;
	} = {}
): Promise<RoundFixture> {
	const questionnaireKey = options.questionnaireKey ?? 'deltagare-pagaende';
	await syncInstrument(db, shippedInstrument);
	const name = options.forbundName ?? 'Testförbundet';
	const [existing] = await db
		.select({ id: forbund.id })
		.from(forbund)
		.where(eq(forbund.name, name));
	const forbundId =
		existing?.id ??
		(
			await db
				.insert(forbund)
				.values({ name, lan: options.lan ?? 'Skåne', omrade: 'syd' })
				.returning()
		)[0]!.id;
	const [insatsRow] = await db
		.insert(insats)
		.values({
			forbundId,
			name: `Insats ${randomUUID().slice(0, 8)}`,
			typ: 'individ',
			parter: ['kommun', 'arbetsformedlingen'],
			startYear: 2024
		})
		.returning({ id: insats.id });
	const version = shippedInstrument.questionnaires.find((q) => q.key === questionnaireKey)!.version;
	const [stored] = await db
		.select({ id: questionnaireVersion.id })
		.from(questionnaireVersion)
		.where(
			and(
				eq(questionnaireVersion.questionnaireKey, questionnaireKey),
				eq(questionnaireVersion.version, version)
			)
		);
	const token = generateRoundToken();
	const code = generateShortCode();
	const roundId = await insertRound(db, {
		forbundId,
		year: options.year ?? 2026,
		questionnaireVersionId: stored!.id,
		insatsId: insatsRow!.id,
		opensOn: options.opensOn ?? '2000-01-01',
		closesOn: options.closesOn ?? '2099-12-31',
		languages: options.languages ?? ['sv', 'lattlast', 'en', 'ar', 'so', 'ti', 'fa'],
		token,
		code
	});
	return { roundId, token, code, questionnaireVersionId: stored!.id, forbundId };
}

/** Stores one response to a round, all statements answered with `value` unless given. */
export async function addResponse(
	db: Db,
	fixture: RoundFixture,
	answers: Record<string, StatementAnswer> = { 'i01-respekt': { value: 5 } },
	background: Record<string, string> = {}
): Promise<string> {
	const submissionId = randomUUID();
	await storeResponse(db, {
		roundId: fixture.roundId,
		questionnaireVersionId: fixture.questionnaireVersionId,
		submissionId,
		language: 'sv',
		source: 'web',
		submittedOn: '2026-11-22',
		background,
		answers
	});
	return submissionId;
}
