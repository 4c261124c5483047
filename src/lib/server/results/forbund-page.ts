import { stockholmToday } from '$lib/dates';
import { needsInsats } from '$lib/instrument/keys';
import type { Db } from '../db/connect';
import { listInsatser } from '../db/insats';
import { listRounds } from '../db/rounds';
import { getSettings } from '../db/settings';
import { forbundFromUrl } from '../auth/forbund-access';
import { getInstrument } from '../instrument';
import { forbundResults } from './forbund-results';
import { insatsChoice, resultsChoice, thresholdsOf } from './results-query';
import type { RequestEvent } from '@sveltejs/kit';
import { localize } from '$lib/instrument/text';

/**
 * A förbund's results as its results page and its CSV read them: the choice from the URL
 * (year, questionnaire, insats), checked against the reader's rights, then disclosed as seen
 * from inside the förbund.
 */
export async function forbundResultsFromUrl(db: Db, event: RequestEvent) {
	const { forbund } = await forbundFromUrl(db, event, 'reader');
	const instrument = getInstrument();
	const rounds = await listRounds(db, forbund.id);
	// The newest year with a round, so that a first visit shows something.
	const latest = rounds[0];
	const choice = resultsChoice(event.url, instrument, {
		year: latest?.year ?? Number(stockholmToday().slice(0, 4)),
		questionnaireKey: latest?.questionnaireKey ?? instrument.questionnaires[0]!.key
	});
	const perInsats = needsInsats(choice.questionnaire.key);
	const insatser = perInsats ? await listInsatser(db, forbund.id) : [];
	const insatsId = perInsats ? insatsChoice(event.url, insatser) : null;
	const settings = await getSettings(db);
	const results = await forbundResults(db, instrument, thresholdsOf(settings), {
		forbundId: forbund.id,
		year: choice.year,
		questionnaire: choice.questionnaire,
		insatsId,
		perInsats
	});
	const years = [...new Set(rounds.map((r) => r.year))].sort((a, b) => b - a);
	if (!years.includes(choice.year)) years.unshift(choice.year);
	return {
		forbundId: forbund.id,
		forbundName: forbund.name,
		choice: { year: choice.year, questionnaire: choice.questionnaire.key, insatsId },
		questionnaireTitle: localize(choice.questionnaire.title, 'sv', choice.questionnaire.key),
		years,
		questionnaires: instrument.questionnaires.map((q) => ({
			value: q.key,
			label: localize(q.title, 'sv', q.key)
		})),
		insatser: insatser.map((i) => ({ value: String(i.id), label: i.name })),
		thresholds: { inside: settings.disclosureInside, outside: settings.disclosureOutside },
		results
	};
}
