import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { requireNnsAdmin } from '$lib/server/auth/access';
import { db } from '$lib/server/db';
import { recordAudit } from '$lib/server/db/audit';
import { getSettings, saveSettings } from '$lib/server/db/settings';
import { wholeNumber } from '$lib/server/form-fields';
import { invalid, parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

function threshold(message: string) {
	return wholeNumber(message, 3).pipe(
		z.number().min(1, 'Gränsen måste vara minst 1.').max(50, 'Gränsen får vara högst 50.')
	);
}

const settingsSchema = z
	.object({
		disclosureOutside: threshold('Skriv ett heltal, t.ex. 5.'),
		disclosureInside: threshold('Skriv ett heltal, t.ex. 3.')
	})
	.refine((s) => s.disclosureOutside >= s.disclosureInside, {
		path: ['disclosureOutside'],
		message: 'Gränsen utanför förbundet får inte vara lägre än gränsen inom förbundet.'
	});

export const load = (async (event) => {
	requireNnsAdmin(event);
	return { settings: await getSettings(db), saved: event.url.searchParams.has('sparat') };
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const user = requireNnsAdmin(event);
		const form = await parseForm(event.request, settingsSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		const before = await getSettings(db);
		await db.transaction(async (tx) => {
			await saveSettings(tx, form.data);
			await recordAudit(tx, {
				actor: user,
				action: 'settings.update',
				summary: `Ändrade gränserna för hur små grupper som visas: utanför förbundet ${form.data.disclosureOutside}, inom förbundet ${form.data.disclosureInside}.`,
				detail: { before, after: form.data }
			});
		});
		redirect(303, '/admin/installningar?sparat=1');
	}
} satisfies Actions;
