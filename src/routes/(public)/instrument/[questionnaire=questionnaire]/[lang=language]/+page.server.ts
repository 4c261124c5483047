import { error } from '@sveltejs/kit';
import { getInstrument } from '$lib/server/instrument';
import { paperQuestionnaire } from '$lib/instrument/paper-questionnaire';
import type { PageServerLoad } from './$types';

export const load = (({ params }) => {
	const paper = paperQuestionnaire(getInstrument(), params.questionnaire, params.lang);
	if (!paper) error(404, 'Enkäten finns inte på det språket.');
	return paper;
}) satisfies PageServerLoad;
