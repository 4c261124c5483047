import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { recordAudit } from '$lib/server/db/audit';
import { updateForbundProfile } from '$lib/server/db/forbund';
import { forbundFromUrl } from '$lib/server/auth/forbund-access';
import { invalid, parseForm } from '$lib/server/forms/parse-form';
import { profileSchema } from '$lib/server/register/profile-form';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { forbund, role } = await forbundFromUrl(db, event, 'reader');
	return {
		profile: {
			name: forbund.name,
			lan: forbund.lan,
			active: forbund.active,
			contactEmail: forbund.contactEmail,
			website: forbund.website,
			description: forbund.description,
			years: forbund.years
		},
		canEdit: role === 'admin',
		saved: event.url.searchParams.has('sparat')
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const { user, forbund } = await forbundFromUrl(db, event, 'admin');
		const form = await parseForm(event.request, profileSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		await db.transaction(async (tx) => {
			await updateForbundProfile(tx, forbund.id, form.data);
			await recordAudit(tx, {
				actor: user,
				forbundId: forbund.id,
				action: 'forbund.profile',
				summary: `Ändrade förbundets profil.`,
				detail: form.data
			});
		});
		redirect(303, `/admin/forbund/${forbund.id}?sparat=1`);
	}
} satisfies Actions;
