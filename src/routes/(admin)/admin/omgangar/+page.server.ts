import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { stockholmToday } from '$lib/dates';
import { requireNnsAdmin } from '$lib/server/auth/access';
import { db } from '$lib/server/db';
import { recordAudit } from '$lib/server/db/audit';
import { isYearLocked, lockYear } from '$lib/server/db/locked-years';
import { listRoundYears, yearOverview } from '$lib/server/db/rounds';
import { firstYear, lastYear, year } from '$lib/server/forms/form-fields';
import { invalid, parseForm } from '$lib/server/forms/parse-form';
import { getInstrument } from '$lib/server/instrument';
import type { Actions, PageServerLoad } from './$types';
import { localize } from '$lib/instrument/text';

const lockSchema = z.object({
	year: year('Ange vilket år som ska låsas.'),
	confirm: z.literal('ja', { error: 'Kryssa i att du vill låsa året. Det går inte att ångra.' })
});

const askedYear = year('Skriv året med fyra siffror, t.ex. 2026.');

/** The year asked for in `?ar=`, this year when none; a year outside 2017–2100 is a 400. */
function chosenYear(url: URL): number {
	const asked = url.searchParams.get('ar');
	if (asked === null || asked.trim() === '') return Number(stockholmToday().slice(0, 4));
	const parsed = askedYear.safeParse(asked);
	if (!parsed.success) {
		error(
			400,
			`${parsed.error.issues[0]?.message ?? 'Året går inte att läsa.'} Indikatorarbetet har år från ${firstYear} till ${lastYear}.`
		);
	}
	return parsed.data;
}

export const load = (async (event) => {
	requireNnsAdmin(event);
	const shown = chosenYear(event.url);
	const overview = await yearOverview(db, shown);
	const keys = getInstrument().questionnaires.map((q) => ({
		key: q.key,
		title: localize(q.title, 'sv', q.key)
	}));
	type Cell = { responses: number; roundId: number | null };
	const byForbund = new Map<number, { name: string; cells: Record<string, Cell> }>();
	for (const row of overview.rows) {
		const entry = byForbund.get(row.forbundId) ?? { name: row.forbundName, cells: {} };
		// One round: a link straight to it; several: to the förbund's rounds of the year.
		entry.cells[row.questionnaireKey] = {
			responses: row.responses,
			roundId: row.roundIds.length === 1 ? row.roundIds[0]! : null
		};
		byForbund.set(row.forbundId, entry);
	}
	const thisYear = Number(stockholmToday().slice(0, 4));
	const years = [...new Set([thisYear, shown, ...(await listRoundYears(db))])].sort(
		(a, b) => b - a
	);
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
		years: years.map((y) => ({ value: String(y), label: String(y) })),
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
