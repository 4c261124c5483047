import { z } from 'zod';
import { calendarNoon } from '../../dates';
import { needsInsats } from '../../instrument/keys';
import type { Questionnaire } from '../../instrument/types';
import { recordId, year } from '../forms/form-fields';
import { closingProblem, openingProblem } from './round-dates';

export const isoDate = (message: string) =>
	z
		.string({ error: message })
		.trim()
		.regex(/^\d{4}-\d{2}-\d{2}$/, message)
		.refine((value) => {
			const date = calendarNoon(value);
			return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
		}, message);

export const closingDate = isoDate('Skriv ett datum i formen ÅÅÅÅ-MM-DD, t.ex. 2026-12-31.');

/** The expected number of respondents: optional, a whole number, as people type it. */
const expectedRespondents = z
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
	});

/** The insats field: required for the questionnaires given per insats, absent for the others. */
function insatsField(questionnaireKey: string) {
	return needsInsats(questionnaireKey)
		? recordId('Välj den insats som enkäten gäller.')
		: z
				.string()
				.optional()
				.transform(() => null);
}

const opensOn = isoDate('Skriv startdatum i formen ÅÅÅÅ-MM-DD, t.ex. 2026-03-01.');
const closesOn = isoDate('Skriv slutdatum i formen ÅÅÅÅ-MM-DD, t.ex. 2026-04-30.');

/** The dates of a round: in order, and inside the reach of its year (`round-dates.ts`). */
function checkDates(
	v: { year: number; opensOn: string; closesOn: string },
	context: z.RefinementCtx
) {
	if (v.closesOn < v.opensOn) {
		context.addIssue({
			code: 'custom',
			path: ['closesOn'],
			message: 'Slutdatumet kan inte vara före startdatumet.'
		});
		return;
	}
	for (const problem of [openingProblem(v.year, v.opensOn), closingProblem(v.year, v.closesOn)]) {
		if (problem)
			context.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
	}
}

/** A new round as a förbund admin enters it, for one questionnaire. */
export function roundSchema(questionnaire: Questionnaire) {
	const offered = Object.keys(questionnaire.languages);
	return z
		.object({
			year: year('Skriv året med fyra siffror, t.ex. 2026.'),
			insatsId: insatsField(questionnaire.key),
			opensOn,
			closesOn,
			expectedRespondents,
			languages: z
				.array(z.string())
				.refine(
					(list) => list.every((code) => offered.includes(code)),
					'Välj bara språk som enkäten finns på.'
				)
				// Swedish is always offered: the questionnaire's own language and the fallback.
				.transform((list) => ['sv', ...new Set(list.filter((code) => code !== 'sv'))])
		})
		.superRefine(checkDates);
}

/**
 * Correcting a mistaken round that has no answers yet: its dates, insats and expected number.
 * Its year, questionnaire and languages stay; a round in the wrong year is deleted and made anew.
 */
export function correctionSchema(questionnaireKey: string, roundYear: number) {
	return z
		.object({
			insatsId: insatsField(questionnaireKey),
			opensOn,
			closesOn,
			expectedRespondents
		})
		.superRefine((v, context) => checkDates({ ...v, year: roundYear }, context));
}

export const deleteRoundSchema = z.object({
	confirmDelete: z.literal('ja', { error: 'Bekräfta att omgången ska tas bort.' })
});

export const roundListFields = ['languages'];
