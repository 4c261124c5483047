import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { recordAudit } from '$lib/server/db/audit';
import { insertInsats, isInsatsNameTaken, listInsatser } from '$lib/server/db/insats';
import { forbundFromUrl } from '$lib/server/auth/forbund-access';
import { invalid, parseForm } from '$lib/server/forms/parse-form';
import { insatsListFields, insatsSchema } from '$lib/server/insats/insats-form';
import type { Actions, PageServerLoad } from './$types';

const createInsatsSchema = insatsSchema;

export const load = (async (event) => {
	const { forbund, role } = await forbundFromUrl(db, event, 'reader');
	return { insatser: await listInsatser(db, forbund.id), canEdit: role === 'admin' };
}) satisfies PageServerLoad;

export const actions = {
	create: async (event) => {
		const { user, forbund } = await forbundFromUrl(db, event, 'admin');
		const form = await parseForm(event.request, createInsatsSchema, insatsListFields);
		if (!form.ok) return invalid(form.errors, form.values);
		if (await isInsatsNameTaken(db, forbund.id, form.data.name)) {
			return invalid({ name: 'Förbundet har redan en insats med det namnet.' }, form.values);
		}
		await db.transaction(async (tx) => {
			const id = await insertInsats(tx, forbund.id, form.data);
			await recordAudit(tx, {
				actor: user,
				forbundId: forbund.id,
				action: 'insats.create',
				summary: `Lade till insatsen ${form.data.name}.`,
				detail: { insatsId: id, ...form.data }
			});
		});
		redirect(303, `/admin/forbund/${forbund.id}/insatser?sparat=1`);
	}
} satisfies Actions;
