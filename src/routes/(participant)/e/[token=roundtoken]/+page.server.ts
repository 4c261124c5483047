import { calendarNoon } from '$lib/dates';
import { formatDateLong } from '$lib/format';
import { getInstrument } from '$lib/server/instrument';
import { loadRound, noStore } from '$lib/server/participant/load-round';
import { fillPhrase } from '$lib/instrument/text';
import { offeredLanguages, statusInLanguages } from '$lib/server/participant/questionnaire-view';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, setHeaders }) => {
	setHeaders(noStore);
	const { round, state } = await loadRound(db, params.token);
	const { questionnaire } = round.definition;
	const instrument = getInstrument();
	return {
		token: round.token,
		state,
		opensOn: formatDateLong(calendarNoon(round.opensOn)),
		forbundName: round.forbundName,
		insatsName: round.insatsName,
		title: questionnaire.title.sv ?? '',
		purpose: questionnaire.introduction.purpose.sv ?? '',
		anonymity: questionnaire.introduction.anonymity.sv ?? '',
		minutes: fillPhrase(
			instrument.phrases.sv?.minutes ?? '',
			{ minutes: questionnaire.minutes },
			'sv'
		),
		languages: offeredLanguages(instrument, round),
		inOtherLanguages: state === 'open' ? [] : statusInLanguages(instrument, round, state)
	};
}) satisfies PageServerLoad;
