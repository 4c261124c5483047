import { z } from 'zod';
import type { Questionnaire } from '../../instrument/types';
import { recordId, year } from '../form-fields';
import { closingProblem, openingProblem } from './round-dates';

/** Questionnaires given to the people of one programme; the board and managers have none. */
export const programmeQuestionnaires = [
	'deltagare-pagaende',
	'deltagare-avslut',
	'insatspersonal',
	'remittenter'
];

export function needsProgramme(questionnaireKey: string): boolean {
	return programmeQuestionnaires.includes(questionnaireKey);
}

const isoDate = (message: string) =>
	z
		.string({ error: message })
		.trim()
		.regex(/^\d{4}-\d{2}-\d{2}$/, message)
		.refine((value) => {
			const date = new Date(`${value}T12:00:00Z`);
			return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
		}, message);

export const closingDate = isoDate('Skriv ett datum i formen ÅÅÅÅ-MM-DD, t.ex. 2026-12-31.');

/** A new round as an association admin enters it, for one questionnaire. */
export function roundSchema(questionnaire: Questionnaire) {
	const offered = Object.keys(questionnaire.languages);
	return z
		.object({
			year: year('Skriv året med fyra siffror, t.ex. 2026.'),
			insatsId: needsProgramme(questionnaire.key)
				? recordId('Välj den insats som enkäten gäller.')
				: z
						.string()
						.optional()
						.transform(() => null),
			opensOn: isoDate('Skriv startdatum i formen ÅÅÅÅ-MM-DD, t.ex. 2026-03-01.'),
			closesOn: isoDate('Skriv slutdatum i formen ÅÅÅÅ-MM-DD, t.ex. 2026-04-30.'),
			expectedRespondents: z
				.string()
				.optional()
				.transform((given, context) => {
					const text = given?.trim() ?? '';
					if (text === '') return null;
					const problem = !/^[0-9]{1,9}$/.test(text)
						? 'Skriv antalet som ett heltal utan decimaler, t.ex. 40.'
						: Number(text) < 1
							? 'Antalet måste vara större än 0.'
							: Number(text) > 100_000
								? 'Antalet är orimligt stort.'
								: null;
					if (problem) {
						context.addIssue({ code: 'custom', message: problem });
						return z.NEVER;
					}
					return Number(text);
				}),
			languages: z
				.array(z.string())
				.refine(
					(list) => list.every((code) => offered.includes(code)),
					'Välj bara språk som enkäten finns på.'
				)
				// Swedish is always offered: the questionnaire's own language and the fallback.
				.transform((list) => ['sv', ...new Set(list.filter((code) => code !== 'sv'))])
		})
		.refine((v) => v.closesOn >= v.opensOn, {
			path: ['closesOn'],
			message: 'Slutdatumet kan inte vara före startdatumet.'
		})
		.superRefine((v, context) => {
			for (const problem of [
				openingProblem(v.year, v.opensOn),
				closingProblem(v.year, v.closesOn)
			]) {
				if (problem)
					context.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
			}
		});
}

export const roundListFields = ['languages'];
