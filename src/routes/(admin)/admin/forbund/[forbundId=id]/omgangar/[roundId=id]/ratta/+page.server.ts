import { redirect } from '@sveltejs/kit';
import { stockholmToday } from '$lib/dates';
import { needsIndividualInsats, needsInsats } from '$lib/instrument/keys';
import { db } from '$lib/server/db';
import { listInsatser } from '$lib/server/db/insats';
import { countRoundResponses } from '$lib/server/db/rounds';
import { invalid, parseForm } from '$lib/server/forms/parse-form';
import { roundFromUrl } from '$lib/server/rounds/round-access';
import {
	correctRound,
	deleteRound,
	roundHasAnswersMessage
} from '$lib/server/rounds/round-correction';
import { correctionSchema, deleteRoundSchema } from '$lib/server/rounds/round-form';
import { lockedYearMessage } from '$lib/server/rounds/round-messages';
import type { Actions, PageServerLoad } from './$types';
import { localize } from '$lib/instrument/text';

export const load = (async (event) => {
	const { round, locked } = await roundFromUrl(db, event, 'admin');
	const responses = (await countRoundResponses(db, round.id)).total;
	const insatser = (await listInsatser(db, round.forbundId)).filter(
		(p) =>
			p.startYear <= round.year &&
			(p.endYear === null || p.endYear >= round.year) &&
			(p.typ === 'individ' || !needsIndividualInsats(round.questionnaireKey))
	);
	return {
		round: {
			id: round.id,
			year: round.year,
			title: localize(round.definition.questionnaire.title, 'sv', round.questionnaireKey),
			insatsId: round.insatsId === null ? null : String(round.insatsId),
			opensOn: round.opensOn,
			closesOn: round.closesOn,
			expectedRespondents: round.expectedRespondents,
			needsInsats: needsInsats(round.questionnaireKey)
		},
		// Why the round cannot be corrected or deleted, or null when it can.
		blocked: locked ? lockedYearMessage : responses > 0 ? roundHasAnswersMessage : null,
		today: stockholmToday(),
		insatser: insatser.map((p) => ({ value: String(p.id), label: p.name }))
	};
}) satisfies PageServerLoad;

export const actions = {
	correct: async (event) => {
		const { user, forbund, round } = await roundFromUrl(db, event, 'admin');
		const form = await parseForm(
			event.request,
			correctionSchema(round.questionnaireKey, round.year)
		);
		if (!form.ok) return invalid(form.errors, form.values);
		const outcome = await correctRound(db, user, round, form.data);
		if (!outcome.ok) return invalid({ [outcome.field]: outcome.message }, form.values);
		redirect(303, `/admin/forbund/${forbund.id}/omgangar/${round.id}?andrat=correct`);
	},
	delete: async (event) => {
		const { user, forbund, round } = await roundFromUrl(db, event, 'admin');
		const form = await parseForm(event.request, deleteRoundSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		const outcome = await deleteRound(db, user, round);
		if (!outcome.ok) return invalid({ [outcome.field]: outcome.message }, form.values);
		redirect(303, `/admin/forbund/${forbund.id}/omgangar?borttagen=1`);
	}
} satisfies Actions;
