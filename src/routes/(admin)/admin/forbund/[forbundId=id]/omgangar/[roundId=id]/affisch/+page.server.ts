import { localize } from '$lib/instrument/text';
import { getInstrument } from '$lib/server/instrument';
import { qrSvg } from '$lib/server/rounds/qr';
import { participantLink, roundFromUrl } from '$lib/server/rounds/round-access';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { round, forbund } = await roundFromUrl(db, event, 'reader');
	const instrument = getInstrument();
	const link = participantLink(event.url.origin, round.token);
	const { title } = round.definition.questionnaire;
	// Per offered language: the questionnaire's title and how to reach it, with the address, so
	// that nobody needs the Swedish line to find the way.
	const instructions = instrument.languages
		.filter((l) => round.languages.includes(l.code))
		.map((l) => ({
			code: l.code,
			lang: l.lang,
			dir: l.dir,
			title: localize(title, l.code),
			help: instrument.phrases[l.code]?.roundCodeHelp ?? instrument.phrases.sv?.roundCodeHelp ?? ''
		}));
	return {
		forbundName: forbund.name,
		year: round.year,
		code: round.code,
		link,
		codeUrl: `${event.url.origin}/kod`,
		qr: await qrSvg(link),
		codeLabel: instrument.phrases.sv?.roundCode ?? 'Enkätkod',
		instructions
	};
}) satisfies PageServerLoad;
