import { error } from '@sveltejs/kit';
import { getInstrument } from '$lib/server/instrument';
import { loadRound, noStore, offersLanguage } from '$lib/server/participant/load-round';
import {
	participantLanguage,
	participantPhrases
} from '$lib/server/participant/questionnaire-view';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, setHeaders }) => {
	setHeaders(noStore);
	const { round } = await loadRound(db, params.token);
	if (!offersLanguage(round, params.lang)) error(404, 'Enkäten finns inte på det språket.');
	const instrument = getInstrument();
	const language = participantLanguage(instrument, params.lang)!;
	const phrases = participantPhrases(instrument, params.lang);
	return {
		language: { lang: language.lang, dir: language.dir },
		thanks: phrases.thanks,
		thanksText: phrases.thanksText
	};
}) satisfies PageServerLoad;
