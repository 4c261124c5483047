import { error } from '@sveltejs/kit';
import { paperQuestionnaire } from '$lib/instrument/paper-questionnaire';
import { getInstrument } from '$lib/server/instrument';
import { roundFromUrl } from '$lib/server/rounds/round-access';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { round } = await roundFromUrl(db, event, 'reader');
	const paper = round.languages.includes(event.params.lang)
		? paperQuestionnaire(getInstrument(), round.questionnaireKey, event.params.lang)
		: undefined;
	if (!paper) error(404, 'Omgången erbjuder inte enkäten på det språket.');
	return { paper, code: round.code, year: round.year };
}) satisfies PageServerLoad;
