import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { stockholmToday } from '$lib/dates';
import { db } from '$lib/server/db';
import { recordAudit } from '$lib/server/db/audit';
import { countRoundResponses, setRoundDates } from '$lib/server/db/rounds';
import { roundState } from '$lib/server/rounds/round-state';
import { invalid, parseForm } from '$lib/server/forms/parse-form';
import { getSettings } from '$lib/server/db/settings';
import { getInstrument } from '$lib/server/instrument';
import { thresholdsOf } from '$lib/server/results/results-query';
import { languageCounts } from '$lib/server/rounds/language-counts';
import { closeEarly, extend, reopen, type ClosingChange } from '$lib/server/rounds/closing';
import { qrSvg } from '$lib/server/rounds/qr';
import { lockedYearMessage, participantLink, roundFromUrl } from '$lib/server/rounds/round-access';
import { closingDate } from '$lib/server/rounds/round-form';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { localize } from '$lib/instrument/text';

const closeSchema = z.object({
	confirm: z.literal('ja', { error: 'Bekräfta att omgången ska stängas.' })
});
const newClosingDateSchema = z.object({ closesOn: closingDate });

export const load = (async (event) => {
	const { round, role, locked } = await roundFromUrl(db, event, 'reader');
	const link = participantLink(event.url.origin, round.token);
	const instrument = getInstrument();
	const counts = await countRoundResponses(db, round.id);
	const thresholds = thresholdsOf(await getSettings(db));
	const languageNames = Object.fromEntries(instrument.languages.map((l) => [l.code, l.name]));
	return {
		round: {
			id: round.id,
			year: round.year,
			title: localize(round.definition.questionnaire.title, 'sv', round.questionnaireKey),
			questionnaireKey: round.questionnaireKey,
			questionnaireVersion: round.questionnaireVersion,
			insatsName: round.insatsName,
			opensOn: round.opensOn,
			closesOn: round.closesOn,
			code: round.code,
			expectedRespondents: round.expectedRespondents,
			languages: round.languages.map((code) => ({
				code,
				name: languageNames[code] ?? code,
				// Each language's name is written in itself: it gets its own `lang`.
				lang: instrument.languages.find((l) => l.code === code)?.lang ?? 'sv'
			})),
			state: roundState(round, stockholmToday())
		},
		link,
		qr: await qrSvg(link),
		counts: {
			total: counts.total,
			bySource: counts.bySource,
			byLanguage: languageCounts(round.forbundId, counts.byLanguage, thresholds)
		},
		breakdownThreshold: thresholds.breakdown,
		canEdit: role === 'admin' && !locked,
		isAdmin: role === 'admin',
		locked
	};
}) satisfies PageServerLoad;

type Change = 'close' | 'extend' | 'reopen';
const changeSummaries: Record<Change, string> = {
	close: 'Stängde omgången',
	extend: 'Förlängde omgången',
	reopen: 'Öppnade omgången igen'
};

/** Applies one change of a round's dates, after the same checks for every kind of change. */
async function changeDates(event: RequestEvent, kind: Change) {
	const { user, forbund, round, locked } = await roundFromUrl(db, event, 'admin');
	const today = stockholmToday();
	let change: ClosingChange;
	let values: Record<string, string | string[]> = {};
	if (kind === 'close') {
		const form = await parseForm(event.request, closeSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		change = closeEarly(round, today);
	} else {
		const form = await parseForm(event.request, newClosingDateSchema);
		values = form.values;
		if (!form.ok) return invalid(form.errors, form.values);
		change = (kind === 'extend' ? extend : reopen)(round, form.data.closesOn, today);
	}
	if (locked) return invalid({ form: lockedYearMessage }, values, 400);
	if (!change.ok) return invalid({ [change.field]: change.message }, values);
	await db.transaction(async (tx) => {
		await setRoundDates(tx, round.id, {
			opensOn: change.opensOn,
			closesOn: change.closesOn,
			closedEarly: change.closedEarly
		});
		await recordAudit(tx, {
			actor: user,
			forbundId: forbund.id,
			action: `round.${kind}`,
			summary: `${changeSummaries[kind]} (${round.questionnaireKey} ${round.year}); sista dag ${change.closesOn}.`,
			detail: { roundId: round.id, from: round.closesOn, to: change.closesOn }
		});
	});
	redirect(303, `/admin/forbund/${forbund.id}/omgangar/${round.id}?andrat=${kind}`);
}

export const actions = {
	close: async (event) => changeDates(event, 'close'),
	extend: async (event) => changeDates(event, 'extend'),
	reopen: async (event) => changeDates(event, 'reopen')
} satisfies Actions;
