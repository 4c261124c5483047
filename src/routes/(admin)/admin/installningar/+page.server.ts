import { redirect } from '@sveltejs/kit';
import { requireNnsAdmin } from '$lib/server/auth/access';
import { db } from '$lib/server/db';
import { recordAudit } from '$lib/server/db/audit';
import { getSettings, saveSettings } from '$lib/server/db/settings';
import { settingsSchema } from '$lib/server/disclosure/settings-form';
import { invalid, parseForm } from '$lib/server/forms/parse-form';
import type { Actions, PageServerLoad } from './$types';

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
