import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import {
	ongoingParticipantQuestionnaire,
	questionnaireKinds,
	type QuestionnaireKey
} from '../../instrument/keys';
import type { Instrument } from '../../instrument/types';
import type { Db } from '../db/connect';
import { scoreResponses } from '../db/response-scores';
import {
	answer,
	forbund,
	forbundYear,
	insats,
	questionnaireVersion,
	response,
	round
} from '../db/schema';
import { demoResponse } from './demo-answers';
import { demoCode, demoToken } from './demo-rounds';
import { demoInsatser } from './insatser';
import { seededRandom, type Random } from './random';

/** Fixed so that every machine gets the same demo platform. */
const demoSeed = 20_261_122;
/** Förbund that run rounds in the demo; the next few take part without a round yet. */
const demoRoundForbund = 30;
const demoIdleForbund = 6;
/** Besides the participant questionnaire every one runs, how often a förbund runs the others. */
const otherQuestionnaires: [key: QuestionnaireKey, chance: number][] = [
	['deltagare-avslut', 0.7],
	['insatspersonal', 0.4],
	['remittenter', 0.25],
	['chefer', 0.2],
	['styrelse', 0.3]
];

function demoDate(random: Random, year: number): string {
	return `${year}-${String(random.int(1, 11)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

/**
 * Fills an empty platform with fictional insatser, three years of rounds and synthetic
 * answers. Each förbund has a level and a trend (some improve, some decline), and some
 * rounds stay below the disclosure thresholds. Does nothing once any insats exists, so it
 * never touches real data.
 */
export async function seedDemoIfEmpty(
	db: Db,
	currentYear: number,
	instrument: Instrument
): Promise<boolean> {
	return db.transaction(async (tx) => {
		const [existing] = await tx.select({ n: count() }).from(insats);
		if ((existing?.n ?? 0) > 0) return false;
		const random = seededRandom(demoSeed);
		const forbundRows = await tx.select({ id: forbund.id }).from(forbund).orderBy(asc(forbund.id));
		const rows = forbundRows.flatMap((forbundRow) =>
			demoInsatser(random, currentYear).map((demoInsats) => ({
				...demoInsats,
				forbundId: forbundRow.id
			}))
		);
		if (rows.length > 0) await tx.insert(insats).values(rows);

		const versions = await tx
			.select({
				id: questionnaireVersion.id,
				key: questionnaireVersion.questionnaireKey,
				definition: questionnaireVersion.definition
			})
			.from(questionnaireVersion)
			.where(
				inArray(
					questionnaireVersion.version,
					instrument.questionnaires.map((q) => q.version)
				)
			);
		const years = [currentYear - 2, currentYear - 1, currentYear];
		const running = forbundRows.slice(0, demoRoundForbund);
		const idle = forbundRows.slice(demoRoundForbund, demoRoundForbund + demoIdleForbund);
		const taking = [...running.flatMap((a) => years.map((year) => ({ forbundId: a.id, year })))];
		taking.push(...idle.map((a) => ({ forbundId: a.id, year: currentYear })));
		if (taking.length > 0) await tx.insert(forbundYear).values(taking).onConflictDoNothing();

		for (const forbundRow of running) {
			const [insatsRow] = await tx
				.select({ id: insats.id })
				.from(insats)
				.where(and(eq(insats.forbundId, forbundRow.id), eq(insats.typ, 'individ')))
				.orderBy(asc(insats.id))
				.limit(1);
			const level = 3.2 + random.next() * 2.4;
			// Points a year on the 1–7 scale: some förbund improve, some decline.
			const trend = (random.next() - 0.5) * 1.2;
			const keys = [
				ongoingParticipantQuestionnaire,
				...otherQuestionnaires.filter(([, chance]) => random.chance(chance)).map(([key]) => key)
			];
			for (const key of keys) {
				const version = versions.find((v) => v.key === key);
				if (!version) continue;
				const offered = instrument.questionnaires.find((q) => q.key === key)?.languages;
				const languages = instrument.languages
					.map((l) => l.code)
					.filter((code) => code in (offered ?? { sv: 'reviewed' }));
				for (const [index, year] of years.entries()) {
					const tendency = level + trend * index;
					const [created] = await tx
						.insert(round)
						.values({
							forbundId: forbundRow.id,
							year,
							questionnaireVersionId: version.id,
							insatsId: questionnaireKinds[key].perInsats ? (insatsRow?.id ?? null) : null,
							opensOn: `${year}-01-01`,
							closesOn: `${year}-12-31`,
							languages,
							token: demoToken(random),
							code: demoCode(random),
							expectedRespondents: random.int(20, 60)
						})
						.returning({ id: round.id });
					// Now and then a round gets only a few answers: below the thresholds (3 inside, 5
					// outside); the others are large enough for some background breakdowns to show.
					const respondents = random.chance(0.12) ? random.int(1, 4) : random.int(6, 36);
					const generated = Array.from({ length: respondents }, () =>
						demoResponse(random, version.definition, tendency)
					);
					const stored = await tx
						.insert(response)
						.values(
							generated.map((g) => ({
								roundId: created!.id,
								questionnaireVersionId: version.id,
								submissionId: randomUUID(),
								language: random.chance(0.8) ? 'sv' : random.pick(languages),
								source: random.chance(0.85) ? ('web' as const) : ('paper' as const),
								submittedOn: demoDate(random, year),
								background: g.background
							}))
						)
						.returning({ id: response.id });
					const answerRows = generated.flatMap((g, i) =>
						Object.entries(g.answers).map(([statementKey, given]) =>
							'dontKnow' in given
								? { responseId: stored[i]!.id, statementKey, value: null, dontKnow: true }
								: { responseId: stored[i]!.id, statementKey, value: given.value, dontKnow: false }
						)
					);
					if (answerRows.length > 0) await tx.insert(answer).values(answerRows);
				}
			}
		}
		// Inserted directly above for speed: their indicator scores are written in one go.
		await scoreResponses(tx, sql`true`);
		return true;
	});
}
