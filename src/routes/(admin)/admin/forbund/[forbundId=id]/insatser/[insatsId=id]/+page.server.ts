import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { recordAudit } from '$lib/server/db/audit';
import { findInsats, isInsatsNameTaken, updateInsats } from '$lib/server/db/insats';
import { forbundFromUrl } from '$lib/server/auth/forbund-access';
import { invalid, parseForm } from '$lib/server/forms/parse-form';
import { insatsListFields, insatsSchema } from '$lib/server/insats/insats-form';
import type { Actions, PageServerLoad } from './$types';

const saveInsatsSchema = insatsSchema;

/** The insats in the URL, only if it belongs to the förbund in the URL. */
async function insatsFromUrl(event: RequestEvent<{ forbundId: string; insatsId: string }>) {
	const access = await forbundFromUrl(db, event, 'admin');
	const insats = await findInsats(db, access.forbund.id, Number(event.params.insatsId));
	if (!insats) error(404, 'Insatsen finns inte i det här förbundet.');
	return { ...access, insats };
}

export const load = (async (event) => {
	const { insats } = await insatsFromUrl(event);
	return {
		insats: {
			id: insats.id,
			name: insats.name,
			typ: insats.typ,
			parter: insats.parter,
			startYear: insats.startYear,
			endYear: insats.endYear
		}
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const { user, forbund, insats } = await insatsFromUrl(event);
		const form = await parseForm(event.request, saveInsatsSchema, insatsListFields);
		if (!form.ok) return invalid(form.errors, form.values);
		if (await isInsatsNameTaken(db, forbund.id, form.data.name, insats.id)) {
			return invalid({ name: 'Förbundet har redan en insats med det namnet.' }, form.values);
		}
		await db.transaction(async (tx) => {
			await updateInsats(tx, forbund.id, insats.id, form.data);
			await recordAudit(tx, {
				actor: user,
				forbundId: forbund.id,
				action: 'insats.update',
				summary: `Ändrade insatsen ${form.data.name}${form.data.name !== insats.name ? ` (tidigare ${insats.name})` : ''}.`,
				detail: { insatsId: insats.id, ...form.data }
			});
		});
		redirect(303, `/admin/forbund/${forbund.id}/insatser?sparat=1`);
	}
} satisfies Actions;
