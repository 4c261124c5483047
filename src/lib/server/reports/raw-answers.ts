import { localize } from '$lib/instrument/text';
import type { Questionnaire } from '$lib/instrument/types';
import type { RawResponse } from '../db/raw-answers';
import { writeCsv, type CsvCell } from '../csv/write';

/**
 * One row a response for NNS's own analysis, in the Swedish Excel dialect: the förbund, the
 * insats, the version, the background answers in words and each statement's value ("vet
 * inte" in words, empty when not answered). The rows arrive shuffled from the database.
 */
export function rawAnswersCsv(questionnaire: Questionnaire, responses: RawResponse[]): string {
	const background = questionnaire.background;
	const statements = questionnaire.statements;
	const header = [
		'Förbund',
		'Insats',
		'Enkätversion',
		...background.map((q) => localize(q.label, 'sv')),
		...statements.map((s) => s.key)
	];
	const rows = responses.map((r): CsvCell[] => [
		r.forbund,
		r.insats ?? '',
		r.version,
		...background.map((q) => {
			const chosen = q.options.find((o) => o.key === r.background[q.key]);
			return chosen ? localize(chosen.label, 'sv') : '';
		}),
		...statements.map((s) => {
			if (!(s.key in r.answers)) return '';
			const value = r.answers[s.key];
			return value === null || value === undefined ? 'vet inte' : value;
		})
	]);
	return writeCsv({ header, rows }, 'excel-sv');
}
