import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { getInstrument } from '$lib/server/instrument';
import { loadRound, offersLanguage } from '$lib/server/participant/load-round';
import { languageNotOffered } from '$lib/server/participant/language-not-offered';
import { participantChrome } from '$lib/server/participant/questionnaire-view';
import type { LayoutServerLoad } from './$types';

/**
 * Everything under `/e/<token>/<lang>` is in that language, frame included: the page's
 * `<html lang dir>` and the site's skip link and footer. Only once the round is known to offer
 * the language: a link to a language it does not offer gets the Swedish 404 page with `lang="sv"`.
 */
export const load = (async ({ params, locals }) => {
	const { round } = await loadRound(db, params.token);
	if (!offersLanguage(round, params.lang)) error(404, languageNotOffered(round, params.lang));
	const chrome = participantChrome(getInstrument(), params.lang)!;
	locals.pageLanguage = { lang: chrome.lang, dir: chrome.dir };
	return { chrome };
}) satisfies LayoutServerLoad;
