import { redirect } from '@sveltejs/kit';
import { requireNnsAdmin } from '$lib/server/auth/access';
import { db } from '$lib/server/db';
import { recordAudit } from '$lib/server/db/audit';
import { insertForbund, isForbundNameTaken, listForbund } from '$lib/server/db/forbund';
import { invalid, parseForm } from '$lib/server/forms/parse-form';
import { registerSchema } from '$lib/server/register/register-form';
import type { Actions, PageServerLoad } from './$types';

const createForbundSchema = registerSchema;

export const load = (async (event) => {
	requireNnsAdmin(event);
	return { forbundList: await listForbund(db) };
}) satisfies PageServerLoad;

export const actions = {
	create: async (event) => {
		const user = requireNnsAdmin(event);
		const form = await parseForm(event.request, createForbundSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		if (await isForbundNameTaken(db, form.data.name)) {
			return invalid({ name: 'Det finns redan ett förbund med det namnet.' }, form.values);
		}
		const id = await db.transaction(async (tx) => {
			const id = await insertForbund(tx, form.data);
			await recordAudit(tx, {
				actor: user,
				forbundId: id,
				action: 'forbund.create',
				summary: `Lade till ${form.data.name} (${form.data.lan}) i registret.`
			});
			return id;
		});
		redirect(303, `/admin/register/${id}`);
	}
} satisfies Actions;
