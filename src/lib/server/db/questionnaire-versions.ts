import { and, asc, count, eq, exists, sql } from 'drizzle-orm';
import type { Instrument } from '../../instrument/types';
import {
	contentHash,
	questionnaireDefinition,
	type QuestionnaireDefinition
} from '../instrument/content-hash';
import type { Db } from './connect';
import { scoreResponses } from './response-scores';
import { questionnaireStatement, questionnaireVersion, response } from './schema';

export class InstrumentLockedError extends Error {
	override name = 'InstrumentLockedError';
}

export interface SyncReport {
	added: string[];
	updated: string[];
	unchanged: string[];
}

/**
 * Records each questionnaire version of the instrument in the database. A version without
 * answers may still be corrected; a version with answers is frozen, because its answers were
 * given to exactly that wording.
 */
export async function syncInstrument(db: Db, instrument: Instrument): Promise<SyncReport> {
	return db.transaction(async (tx) => {
		const report: SyncReport = { added: [], updated: [], unchanged: [] };
		const locked: string[] = [];
		for (const questionnaire of instrument.questionnaires) {
			const label = `${questionnaire.key} ${questionnaire.version}`;
			const definition = questionnaireDefinition(instrument, questionnaire);
			const hash = contentHash(definition);
			const [existing] = await tx
				.select({
					id: questionnaireVersion.id,
					contentHash: questionnaireVersion.contentHash,
					hasAnswers: exists(
						tx
							.select({ id: response.id })
							.from(response)
							.where(eq(response.questionnaireVersionId, questionnaireVersion.id))
					).mapWith(Boolean)
				})
				.from(questionnaireVersion)
				.where(
					and(
						eq(questionnaireVersion.questionnaireKey, questionnaire.key),
						eq(questionnaireVersion.version, questionnaire.version)
					)
				);
			if (!existing) {
				const [created] = await tx
					.insert(questionnaireVersion)
					.values({
						questionnaireKey: questionnaire.key,
						version: questionnaire.version,
						contentHash: hash,
						definition
					})
					.returning({ id: questionnaireVersion.id });
				await recordStatements(tx, created!.id, definition);
				report.added.push(label);
			} else if (existing.contentHash === hash) {
				// Also fills the table for versions recorded before it existed.
				await recordStatements(tx, existing.id, definition);
				report.unchanged.push(label);
			} else if (existing.hasAnswers) {
				locked.push(
					`surveys/${questionnaire.key}.yaml: version ${questionnaire.version} har redan svar, ` +
						'men formuleringar, nycklar eller skala har ändrats. Ge enkäten en ny version ' +
						`(till exempel ${nextVersion(questionnaire.version)}) i stället för att ändra den som används.`
				);
			} else {
				await tx
					.update(questionnaireVersion)
					.set({ contentHash: hash, definition })
					.where(eq(questionnaireVersion.id, existing.id));
				await recordStatements(tx, existing.id, definition, true);
				report.updated.push(label);
			}
		}
		if (locked.length > 0) throw new InstrumentLockedError(locked.join('\n'));
		return report;
	});
}

/**
 * Fills the relational rows of a version's statements from its definition. A version recorded
 * before the table existed gets them now, and its responses their indicator scores; a corrected
 * version (one without answers) gets them anew.
 */
async function recordStatements(
	db: Db,
	versionId: number,
	definition: QuestionnaireDefinition,
	corrected = false
): Promise<void> {
	const [present] = await db
		.select({ n: count() })
		.from(questionnaireStatement)
		.where(eq(questionnaireStatement.questionnaireVersionId, versionId));
	if ((present?.n ?? 0) > 0 && !corrected) return;
	await db
		.delete(questionnaireStatement)
		.where(eq(questionnaireStatement.questionnaireVersionId, versionId));
	const rows = definition.questionnaire.statements.map((statement, index) => {
		const scale = definition.scales.find((s) => s.key === statement.scale)!;
		return {
			questionnaireVersionId: versionId,
			statementKey: statement.key,
			position: index + 1,
			indicator: statement.indicator,
			scaleMin: scale.min,
			scaleMax: scale.max,
			positiveFrom: scale.positiveFrom
		};
	});
	if (rows.length > 0) await db.insert(questionnaireStatement).values(rows);
	await scoreResponses(db, sql`rule.questionnaire_version_id = ${versionId}`);
}

function nextVersion(version: string): string {
	const [year, release] = version.split('.');
	return `${year}.${Number(release) + 1}`;
}

export interface StoredVersion {
	id: number;
	questionnaireKey: string;
	version: string;
	definition: QuestionnaireDefinition;
}

/** Every stored version of a questionnaire, oldest first; old versions stay readable. */
export async function listVersions(db: Db, questionnaireKey: string): Promise<StoredVersion[]> {
	return db
		.select({
			id: questionnaireVersion.id,
			questionnaireKey: questionnaireVersion.questionnaireKey,
			version: questionnaireVersion.version,
			definition: questionnaireVersion.definition
		})
		.from(questionnaireVersion)
		.where(eq(questionnaireVersion.questionnaireKey, questionnaireKey))
		.orderBy(asc(questionnaireVersion.id));
}
