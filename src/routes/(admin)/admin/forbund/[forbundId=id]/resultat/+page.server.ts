import { stockholmToday } from '$lib/dates';
import { db } from '$lib/server/db';
import { listInsatser } from '$lib/server/db/insats';
import { listRounds } from '$lib/server/db/rounds';
import { getSettings } from '$lib/server/db/settings';
import { forbundFromUrl } from '$lib/server/forbund-access';
import { getInstrument } from '$lib/server/instrument';
import { associationResults } from '$lib/server/results/association-results';
import { insatsChoice, resultsChoice, thresholdsOf } from '$lib/server/results/results-query';
import { needsProgramme } from '$lib/server/rounds/round-form';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { association } = await forbundFromUrl(event, 'reader');
	const instrument = getInstrument();
	const rounds = await listRounds(db, association.id);
	// The newest year with a round, so that a first visit shows something.
	const latest = rounds[0];
	const choice = resultsChoice(event.url, instrument, {
		year: latest?.year ?? Number(stockholmToday().slice(0, 4)),
		questionnaireKey: latest?.questionnaireKey ?? instrument.questionnaires[0]!.key
	});
	const perProgramme = needsProgramme(choice.questionnaire.key);
	const insatser = perProgramme ? await listInsatser(db, association.id) : [];
	const insatsId = perProgramme ? insatsChoice(event.url, insatser) : null;
	const settings = await getSettings(db);
	const results = await associationResults(db, instrument, thresholdsOf(settings), {
		forbundId: association.id,
		year: choice.year,
		questionnaire: choice.questionnaire,
		insatsId,
		perProgramme
	});
	const years = [...new Set(rounds.map((r) => r.year))].sort((a, b) => b - a);
	if (!years.includes(choice.year)) years.unshift(choice.year);
	return {
		forbundName: association.name,
		choice: { year: choice.year, questionnaire: choice.questionnaire.key, insatsId },
		questionnaireTitle: choice.questionnaire.title.sv ?? choice.questionnaire.key,
		years,
		questionnaires: instrument.questionnaires.map((q) => ({
			value: q.key,
			label: q.title.sv ?? q.key
		})),
		insatser: insatser.map((i) => ({ value: String(i.id), label: i.name })),
		thresholds: { inside: settings.disclosureInside, outside: settings.disclosureOutside },
		results
	};
}) satisfies PageServerLoad;
