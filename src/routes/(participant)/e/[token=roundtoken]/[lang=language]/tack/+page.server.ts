import { getInstrument } from '$lib/server/instrument';
import { loadRound, noStore } from '$lib/server/participant/load-round';
import {
	participantLanguage,
	participantPhrases
} from '$lib/server/participant/questionnaire-view';
import { isValidReceipt, receiptParameter } from '$lib/server/participant/receipt';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

/**
 * "Your answers are saved" only for someone a stored submit sent here (the receipt in the URL);
 * opened any other way, the page says nothing it cannot know and offers the questionnaire.
 * The layout has already checked that the round offers the language.
 */
export const load = (async ({ params, url, setHeaders }) => {
	setHeaders(noStore);
	const { round } = await loadRound(db, params.token);
	const instrument = getInstrument();
	const language = participantLanguage(instrument, params.lang)!;
	const phrases = participantPhrases(instrument, params.lang);
	const saved = isValidReceipt(url.searchParams.get(receiptParameter), round.token, params.lang);
	return {
		token: round.token,
		language: { code: params.lang, lang: language.lang, dir: language.dir },
		saved,
		title: saved ? phrases.thanks : phrases.notSentTitle,
		text: saved ? phrases.thanksText : phrases.notSentText,
		toQuestionnaire: phrases.toQuestionnaire
	};
}) satisfies PageServerLoad;
