import { error, redirect } from '@sveltejs/kit';
import { requireNnsAdmin } from '$lib/server/auth/access';
import { db } from '$lib/server/db';
import { recordAudit } from '$lib/server/db/audit';
import { findForbund, isForbundNameTaken, updateForbundRegister } from '$lib/server/db/forbund';
import { firstYear } from '$lib/server/forms/form-fields';
import { invalid, parseForm } from '$lib/server/forms/parse-form';
import { saveRegisterSchema } from '$lib/server/register/register-form';
import type { Actions, PageServerLoad } from './$types';

/** The years offered: from the first indicator year to next year. */
function yearChoices(): number[] {
	const last = new Date().getFullYear() + 1;
	return Array.from({ length: last - firstYear + 1 }, (_, i) => firstYear + i);
}

export const load = (async (event) => {
	requireNnsAdmin(event);
	const forbund = await findForbund(db, Number(event.params.forbundId));
	if (!forbund) error(404, 'Förbundet finns inte.');
	return { forbund, yearChoices: yearChoices() };
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const user = requireNnsAdmin(event);
		const id = Number(event.params.forbundId);
		const forbund = await findForbund(db, id);
		if (!forbund) error(404, 'Förbundet finns inte.');
		const form = await parseForm(event.request, saveRegisterSchema, ['years']);
		if (!form.ok) return invalid(form.errors, form.values);
		if (await isForbundNameTaken(db, form.data.name, id)) {
			return invalid({ name: 'Det finns redan ett förbund med det namnet.' }, form.values);
		}
		const years = [...new Set(form.data.years)].sort();
		await db.transaction(async (tx) => {
			await updateForbundRegister(tx, id, { ...form.data, years });
			await recordAudit(tx, {
				actor: user,
				forbundId: id,
				action: 'forbund.update',
				summary: `Ändrade registeruppgifterna för ${form.data.name}${
					form.data.name !== forbund.name ? ` (tidigare ${forbund.name})` : ''
				}${form.data.active ? '' : ', vilande'}; år: ${years.join(', ') || 'inga'}.`,
				detail: { before: forbund, after: { ...form.data, years } }
			});
		});
		redirect(303, `/admin/register/${id}?sparat=1`);
	}
} satisfies Actions;
