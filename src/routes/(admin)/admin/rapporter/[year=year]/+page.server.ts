import { redirect } from '@sveltejs/kit';
import { stockholmToday } from '$lib/dates';
import { requireNnsAdmin } from '$lib/server/auth/access';
import { db } from '$lib/server/db';
import { recordAudit } from '$lib/server/db/audit';
import { isYearLocked } from '$lib/server/db/locked-years';
import { findReportDraft, listReportEditions, saveReportDraft } from '$lib/server/db/reports';
import { getSettings } from '$lib/server/db/settings';
import { invalid, parseForm } from '$lib/server/forms/parse-form';
import { getInstrument } from '$lib/server/instrument';
import { publishReport } from '$lib/server/reports/publish';
import { publishSchema, textsSchema } from '$lib/server/reports/report-form';
import { thresholdsOf } from '$lib/server/results/results-query';
import type { Actions, PageServerLoad } from './$types';
import { localize } from '$lib/instrument/text';

export const load = (async (event) => {
	requireNnsAdmin(event);
	const year = Number(event.params.year);
	const [texts, editions, locked] = await Promise.all([
		findReportDraft(db, year),
		listReportEditions(db, year),
		isYearLocked(db, year)
	]);
	return {
		year,
		texts,
		locked,
		editions,
		questionnaires: getInstrument().questionnaires.map((q) => ({
			key: q.key,
			title: localize(q.title, 'sv', q.key)
		})),
		saved: event.url.searchParams.has('sparat'),
		published: event.url.searchParams.get('publicerad')
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const user = requireNnsAdmin(event);
		const year = Number(event.params.year);
		const form = await parseForm(event.request, textsSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		await db.transaction(async (tx) => {
			await saveReportDraft(tx, year, form.data);
			await recordAudit(tx, {
				actor: user,
				action: 'report.texts',
				summary: `Sparade förord och kommentarer till rapporten för ${year}.`,
				detail: { year }
			});
		});
		redirect(303, `/admin/rapporter/${year}?sparat`);
	},
	publish: async (event) => {
		const user = requireNnsAdmin(event);
		const year = Number(event.params.year);
		const form = await parseForm(event.request, publishSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		const result = await publishReport(db, getInstrument(), thresholdsOf(await getSettings(db)), {
			year,
			note: form.data.note,
			today: stockholmToday(),
			actor: user
		});
		if (!result.ok) {
			return invalid(
				result.reason === 'note-needed'
					? { note: 'Skriv vad som har ändrats sedan förra utgåvan. Det visas överst i rapporten.' }
					: {
							confirm:
								'Svar som fanns i förra utgåvan saknas nu eller har ändrats (eller ett förbund har bytt län). En ny utgåva kan bara lägga till svar; kontakta den tekniska förvaltningen.'
						},
				form.values,
				result.reason === 'note-needed' ? 400 : 409
			);
		}
		redirect(303, `/admin/rapporter/${year}?publicerad=${result.edition}`);
	}
} satisfies Actions;
