import { error } from '@sveltejs/kit';
import { stockholmToday } from '$lib/dates';
import { requireNnsAdmin } from '$lib/server/auth/access';
import { db } from '$lib/server/db';
import { getSettings } from '$lib/server/db/settings';
import { getInstrument } from '$lib/server/instrument';
import { nationalResults } from '$lib/server/results/national-results';
import { resultsChoice, thresholdsOf } from '$lib/server/results/results-query';
import type { PageServerLoad } from './$types';
import { localize } from '$lib/instrument/text';

export const load = (async (event) => {
	requireNnsAdmin(event);
	const instrument = getInstrument();
	const thisYear = Number(stockholmToday().slice(0, 4));
	const choice = resultsChoice(event.url, instrument, {
		year: thisYear,
		questionnaireKey: instrument.questionnaires[0]!.key
	});
	const settings = await getSettings(db);
	const results = await nationalResults(db, instrument, thresholdsOf(settings), choice);
	const indicatorCode = event.url.searchParams.get('indikator') ?? results.comparisons[0]?.code;
	const comparison = results.comparisons.find((c) => c.code === indicatorCode);
	if (results.comparisons.length > 0 && !comparison) {
		error(400, 'Indikatorn mäts inte i den här enkäten. Välj en i listan.');
	}
	return {
		choice: { year: choice.year, questionnaire: choice.questionnaire.key },
		questionnaireTitle: localize(choice.questionnaire.title, 'sv', choice.questionnaire.key),
		years: Array.from({ length: thisYear - 2017 + 1 }, (_, i) => thisYear - i),
		questionnaires: instrument.questionnaires.map((q) => ({
			value: q.key,
			label: localize(q.title, 'sv', q.key)
		})),
		outside: settings.disclosureOutside,
		results,
		comparison: comparison ?? null
	};
}) satisfies PageServerLoad;
