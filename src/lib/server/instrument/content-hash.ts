import { createHash } from 'node:crypto';
import type { Instrument, Questionnaire, Scale } from '../../instrument/types';

/** JSON with object keys sorted, so that the same content always gives the same bytes. */
function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

/**
 * What a questionnaire version freezes once it has answers: its wording in every language, its
 * keys, its indicators and its scales. Not the review status of a translation, which may move
 * from draft to reviewed without a new version.
 */
export interface QuestionnaireDefinition {
	questionnaire: Omit<Questionnaire, 'languages'> & { languages: string[] };
	scales: Scale[];
}

export function questionnaireDefinition(
	instrument: Instrument,
	questionnaire: Questionnaire
): QuestionnaireDefinition {
	const used = new Set([questionnaire.scale, ...questionnaire.statements.map((s) => s.scale)]);
	return {
		questionnaire: { ...questionnaire, languages: Object.keys(questionnaire.languages).sort() },
		scales: instrument.scales.filter((scale) => used.has(scale.key))
	};
}

export function contentHash(definition: QuestionnaireDefinition): string {
	return createHash('sha256').update(canonicalJson(definition)).digest('hex');
}
