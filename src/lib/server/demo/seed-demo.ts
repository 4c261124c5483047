import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Instrument } from '../../instrument/types';
import type { Db } from '../db/connect';
import { answer, forbund, insats, questionnaireVersion, response, round } from '../db/schema';
import { demoResponse } from './demo-answers';
import { demoCode, demoToken } from './demo-rounds';
import { demoProgrammes } from './programmes';
import { seededRandom } from './random';

/** Fixed so that every machine gets the same demo platform. */
const demoSeed = 20_261_122;
/** Associations that run participant rounds in the demo. */
const demoRoundAssociations = 6;
const participantKeys = ['deltagare-pagaende', 'deltagare-avslut'] as const;

/**
 * Fills an empty platform with fictional programmes, participant rounds and synthetic answers.
 * Does nothing once any programme exists, so it never touches real data.
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
		const associations = await tx.select({ id: forbund.id }).from(forbund).orderBy(asc(forbund.id));
		const rows = associations.flatMap((association) =>
			demoProgrammes(random, currentYear).map((programme) => ({
				...programme,
				forbundId: association.id
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
		const languages = instrument.languages.map((l) => l.code);
		for (const association of associations.slice(0, demoRoundAssociations)) {
			const [programme] = await tx
				.select({ id: insats.id })
				.from(insats)
				.where(and(eq(insats.forbundId, association.id), eq(insats.typ, 'individ')))
				.orderBy(asc(insats.id))
				.limit(1);
			const tendency = 3.2 + random.next() * 2.6;
			for (const key of participantKeys) {
				const version = versions.find((v) => v.key === key);
				if (!version) continue;
				for (const year of [currentYear - 1, currentYear]) {
					const [created] = await tx
						.insert(round)
						.values({
							forbundId: association.id,
							year,
							questionnaireVersionId: version.id,
							insatsId: programme?.id ?? null,
							opensOn: `${year}-01-01`,
							closesOn: `${year}-12-31`,
							languages,
							token: demoToken(random),
							code: demoCode(random),
							expectedRespondents: random.int(30, 60)
						})
						.returning({ id: round.id });
					const respondents = random.int(2, 28);
					for (let i = 0; i < respondents; i++) {
						const generated = demoResponse(random, version.definition, tendency);
						const [stored] = await tx
							.insert(response)
							.values({
								roundId: created!.id,
								questionnaireVersionId: version.id,
								submissionId: randomUUID(),
								language: random.chance(0.8) ? 'sv' : random.pick(languages),
								source: random.chance(0.85) ? 'web' : 'paper',
								submittedOn: `${year}-${String(random.int(1, 11)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
								background: generated.background
							})
							.returning({ id: response.id });
						const answerRows = Object.entries(generated.answers).map(([statementKey, given]) =>
							'dontKnow' in given
								? { responseId: stored!.id, statementKey, value: null, dontKnow: true }
								: { responseId: stored!.id, statementKey, value: given.value, dontKnow: false }
						);
						if (answerRows.length > 0) await tx.insert(answer).values(answerRows);
					}
				}
			}
		}
		return true;
	});
}
