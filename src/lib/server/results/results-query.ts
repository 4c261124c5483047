import { error } from '@sveltejs/kit';
import { isQuestionnaireKey } from '$lib/instrument/keys';
import type { Instrument, Questionnaire } from '$lib/instrument/types';
import type { Settings } from '../db/settings';
import type { Thresholds } from '../disclosure';
import { firstYear, lastYear } from '../forms/form-fields';

/**
 * The disclosure thresholds NNS holds as settings. A background breakdown needs the outside
 * threshold even inside the förbund: groups by gender or age name people more easily.
 */
export function thresholdsOf(settings: Settings): Thresholds {
	return {
		outside: settings.disclosureOutside,
		inside: settings.disclosureInside,
		breakdown: settings.disclosureOutside
	};
}

export interface ResultsChoice {
	year: number;
	questionnaire: Questionnaire;
}

/**
 * Year and questionnaire from `?ar=…&enkat=…`. The select fields cannot send anything else, so a
 * wrong value is a hand-made URL: it gets a 400 in Swedish rather than a silent default.
 */
export function resultsChoice(
	url: URL,
	instrument: Instrument,
	defaults: { year: number; questionnaireKey: string }
): ResultsChoice {
	const yearText = url.searchParams.get('ar');
	let year = defaults.year;
	if (yearText !== null) {
		if (!/^\d{4}$/.test(yearText)) error(400, 'Året ska skrivas med fyra siffror, t.ex. 2026.');
		year = Number(yearText);
		if (year < firstYear || year > lastYear) {
			error(400, `Året måste vara mellan ${firstYear} och ${lastYear}.`);
		}
	}
	const key = url.searchParams.get('enkat') ?? defaults.questionnaireKey;
	const questionnaire = isQuestionnaireKey(key)
		? instrument.questionnaires.find((q) => q.key === key)
		: undefined;
	if (!questionnaire) error(400, 'Enkäten finns inte. Välj en av enkäterna i listan.');
	return { year, questionnaire };
}

/** `?insats=…`: one of the förbund's insatser, or all (empty). */
export function insatsChoice(url: URL, known: { id: number }[]): number | null {
	const text = url.searchParams.get('insats');
	if (!text) return null;
	const id = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
	if (!known.some((k) => k.id === id)) error(400, 'Insatsen finns inte i förbundet.');
	return id;
}
