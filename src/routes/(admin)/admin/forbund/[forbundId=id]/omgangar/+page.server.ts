import { redirect } from '@sveltejs/kit';
import { stockholmToday } from '$lib/dates';
import { needsIndividualInsats, needsInsats } from '$lib/instrument/keys';
import { db } from '$lib/server/db';
import { recordAudit } from '$lib/server/db/audit';
import { listInsatser } from '$lib/server/db/insats';
import { isYearLocked, listLockedYears } from '$lib/server/db/locked-years';
import { listVersions } from '$lib/server/db/questionnaire-versions';
import { listRounds } from '$lib/server/db/rounds';
import { createRound } from '$lib/server/rounds/create-round';
import { roundState } from '$lib/server/rounds/round-state';
import { forbundFromUrl } from '$lib/server/auth/forbund-access';
import { invalid, parseForm } from '$lib/server/forms/parse-form';
import { findQuestionnaire, getInstrument } from '$lib/server/instrument';
import { lockedYearMessage } from '$lib/server/rounds/round-access';
import { insatsProblem } from '$lib/server/rounds/round-correction';
import { roundListFields, roundSchema } from '$lib/server/rounds/round-form';
import type { Actions, PageServerLoad } from './$types';
import { localize } from '$lib/instrument/text';

export const load = (async (event) => {
	const { forbund, role } = await forbundFromUrl(db, event, 'reader');
	const instrument = getInstrument();
	const today = stockholmToday();
	const thisYear = Number(today.slice(0, 4));
	const titles = new Map(
		instrument.questionnaires.map((q) => [q.key, localize(q.title, 'sv', q.key)])
	);
	const rounds = (await listRounds(db, forbund.id)).map((r) => ({
		...r,
		title: titles.get(r.questionnaireKey) ?? r.questionnaireKey,
		state: roundState(r, today)
	}));
	const insatser = (await listInsatser(db, forbund.id)).filter(
		(p) => p.endYear === null || p.endYear >= thisYear - 1
	);
	return {
		rounds,
		lockedYears: await listLockedYears(db),
		canEdit: role === 'admin',
		thisYear,
		questionnaires: instrument.questionnaires.map((q) => ({
			value: q.key,
			label: `${localize(q.title, 'sv', q.key)} (version ${q.version})`
		})),
		// Every questionnaire's form details: the page picks one by ?enkat or by the posted form.
		choices: Object.fromEntries(
			instrument.questionnaires.map((q) => [
				q.key,
				{
					key: q.key,
					title: localize(q.title, 'sv', q.key),
					version: q.version,
					needsInsats: needsInsats(q.key),
					individualOnly: needsIndividualInsats(q.key),
					languages: instrument.languages
						.filter((l) => l.code !== 'sv' && q.languages[l.code])
						.map((l) => ({
							value: l.code,
							label: q.languages[l.code] === 'draft' ? `${l.name} (utkast)` : l.name
						}))
				}
			])
		),
		insatser: insatser.map((p) => ({ value: String(p.id), label: p.name, typ: p.typ }))
	};
}) satisfies PageServerLoad;

export const actions = {
	create: async (event) => {
		const { user, forbund } = await forbundFromUrl(db, event, 'admin');
		const posted = await event.request.clone().formData();
		const questionnaire = findQuestionnaire(String(posted.get('questionnaire') ?? ''));
		if (!questionnaire) return invalid({ questionnaire: 'Välj en enkät.' }, {});
		const form = await parseForm(event.request, roundSchema(questionnaire), roundListFields);
		if (!form.ok) return invalid(form.errors, form.values);
		const values = form.data;
		if (await isYearLocked(db, values.year))
			return invalid({ year: lockedYearMessage }, form.values);
		const problem = await insatsProblem(
			db,
			forbund.id,
			values.insatsId,
			values.year,
			questionnaire.key
		);
		if (problem) return invalid({ insatsId: problem }, form.values);
		const version = (await listVersions(db, questionnaire.key)).find(
			(v) => v.version === questionnaire.version
		);
		if (!version) return invalid({ questionnaire: 'Enkätversionen saknas.' }, form.values);
		const id = await db.transaction(async (tx) => {
			const created = await createRound(tx, {
				forbundId: forbund.id,
				questionnaireVersionId: version.id,
				...values
			});
			await recordAudit(tx, {
				actor: user,
				forbundId: forbund.id,
				action: 'round.create',
				summary: `Skapade en omgång av ${localize(questionnaire.title, 'sv', questionnaire.key)} för ${values.year}.`,
				detail: { roundId: created, questionnaire: questionnaire.key, ...values }
			});
			return created;
		});
		redirect(303, `/admin/forbund/${forbund.id}/omgangar/${id}`);
	}
} satisfies Actions;
