import { error } from '@sveltejs/kit';
import { requireNnsAdmin } from '$lib/server/auth/access';
import { invitePerson } from '$lib/server/auth/invite';
import { db } from '$lib/server/db';
import { findForbund, listForbund } from '$lib/server/db/forbund';
import { listAllUsers } from '$lib/server/db/users';
import { invalid, parseForm } from '$lib/server/forms/parse-form';
import { inviteAnySchema } from '$lib/server/users/invite-form';
import type { Actions, PageServerLoad } from './$types';

const inviteSchema = inviteAnySchema;

export const load = (async (event) => {
	requireNnsAdmin(event);
	const [users, forbundList] = await Promise.all([listAllUsers(db), listForbund(db)]);
	return { users, forbundList };
}) satisfies PageServerLoad;

export const actions = {
	invite: async (event) => {
		const user = requireNnsAdmin(event);
		const form = await parseForm(event.request, inviteSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		const forbundId = form.data.role === 'nns' ? null : (form.data.forbundId ?? null);
		if (forbundId !== null && !(await findForbund(db, forbundId))) {
			error(404, 'Förbundet finns inte.');
		}
		// The link is shown once, to this admin only: it is a secret, so it is not put in a URL.
		const invited = await invitePerson(db, user, event.url.origin, {
			email: form.data.email,
			name: form.data.name,
			forbundId,
			role: form.data.role
		});
		return { invited };
	}
} satisfies Actions;
