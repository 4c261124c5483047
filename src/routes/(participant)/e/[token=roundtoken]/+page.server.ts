import { formatDateLong } from '$lib/format';
import { getInstrument } from '$lib/server/instrument';
import { loadRound, noStore } from '$lib/server/participant/load-round';
import { offeredLanguages } from '$lib/server/participant/questionnaire-view';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, setHeaders }) => {
	setHeaders(noStore);
	const { round, state } = await loadRound(db, params.token);
	const { questionnaire } = round.definition;
	return {
		token: round.token,
		state,
		opensOn: formatDateLong(new Date(`${round.opensOn}T12:00:00Z`)),
		forbundName: round.forbundName,
		insatsName: round.insatsName,
		title: questionnaire.title.sv ?? '',
		purpose: questionnaire.introduction.purpose.sv ?? '',
		anonymity: questionnaire.introduction.anonymity.sv ?? '',
		minutes: questionnaire.minutes,
		languages: offeredLanguages(getInstrument(), round)
	};
}) satisfies PageServerLoad;
