import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { stockholmToday } from '$lib/dates';
import { requireNnsAdmin } from '$lib/server/auth/access';
import { db } from '$lib/server/db';
import { recordAudit } from '$lib/server/db/audit';
import { isYearLocked, lockYear } from '$lib/server/db/locked-years';
import { yearOverview } from '$lib/server/db/rounds';
import { firstYear, lastYear, year } from '$lib/server/form-fields';
import { invalid, parseForm } from '$lib/server/forms';
import { getInstrument } from '$lib/server/instrument';
import type { Actions, PageServerLoad } from './$types';

const lockSchema = z.object({
	year: year('Ange vilket år som ska låsas.'),
	confirm: z.literal('ja', { error: 'Kryssa i att du vill låsa året. Det går inte att ångra.' })
});

function chosenYear(url: URL): number {
	const asked = Number(url.searchParams.get('ar'));
	const fallback = Number(stockholmToday().slice(0, 4));
	return Number.isInteger(asked) && asked >= firstYear && asked <= lastYear ? asked : fallback;
}

export const load = (async (event) => {
	requireNnsAdmin(event);
	const shown = chosenYear(event.url);
	const overview = await yearOverview(db, shown);
	const keys = getInstrument().questionnaires.map((q) => ({
		key: q.key,
		title: q.title.sv ?? q.key
	}));
	const byForbund = new Map<number, { name: string; cells: Record<string, number> }>();
	for (const row of overview.rows) {
		const entry = byForbund.get(row.forbundId) ?? { name: row.forbundName, cells: {} };
		entry.cells[row.questionnaireKey] = row.responses;
		byForbund.set(row.forbundId, entry);
	}
	const totals = Object.fromEntries(
		keys.map(({ key }) => [
			key,
			{
				forbund: overview.rows.filter((r) => r.questionnaireKey === key).length,
				responses: overview.rows
					.filter((r) => r.questionnaireKey === key)
					.reduce((sum, r) => sum + r.responses, 0)
			}
		])
	);
	return {
		year: shown,
		locked: await isYearLocked(db, shown),
		questionnaires: keys,
		forbund: [...byForbund.entries()].map(([id, entry]) => ({ id, ...entry })),
		totals,
		withoutRound: overview.withoutRound
	};
}) satisfies PageServerLoad;

export const actions = {
	lock: async (event) => {
		const user = requireNnsAdmin(event);
		const form = await parseForm(event.request, lockSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		if (await lockYear(db, form.data.year, stockholmToday())) {
			await recordAudit(db, {
				actor: user,
				action: 'year.lock',
				summary: `Låste år ${form.data.year}: årets omgångar kan inte ändras längre.`,
				detail: { year: form.data.year }
			});
		}
		redirect(303, `/admin/omgangar?ar=${form.data.year}`);
	}
} satisfies Actions;
