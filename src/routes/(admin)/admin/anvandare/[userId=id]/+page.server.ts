import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { requireNnsAdmin } from '$lib/server/auth/access';
import { db } from '$lib/server/db';
import { findForbund, listForbund } from '$lib/server/db/forbund';
import { roles } from '$lib/server/db/schema';
import { findUserById, listMemberships } from '$lib/server/db/users';
import { checkbox, choice, recordId, requiredText } from '$lib/server/forms/form-fields';
import { invalid, parseForm } from '$lib/server/forms/parse-form';
import { updatePerson } from '$lib/server/users/accounts';
import { removeMember, sendPersonLink, setMemberRole } from '$lib/server/users/memberships';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const saveUserSchema = z.object({
	name: requiredText('Skriv personens namn.', 120),
	isNnsAdmin: checkbox(),
	active: checkbox()
});

const addRoleSchema = z.object({
	forbundId: recordId('Välj förbund.'),
	role: choice(roles, 'Välj en roll.')
});

const removeRoleSchema = z.object({ forbundId: recordId('Välj förbund.') });

async function target(event: RequestEvent) {
	const person = await findUserById(db, Number(event.params.userId));
	if (!person) error(404, 'Personen finns inte.');
	return person;
}

export const load = (async (event) => {
	requireNnsAdmin(event);
	const person = await target(event);
	const [memberships, forbundList] = await Promise.all([
		listMemberships(db, person.id),
		listForbund(db)
	]);
	return {
		person: {
			id: person.id,
			name: person.name,
			email: person.email,
			isNnsAdmin: person.isNnsAdmin,
			active: person.active,
			activated: person.passwordHash !== null
		},
		memberships,
		forbundList,
		isSelf: person.id === event.locals.user?.id
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const user = requireNnsAdmin(event);
		const person = await target(event);
		const form = await parseForm(event.request, saveUserSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		if (person.id === user.id && (!form.data.isNnsAdmin || !form.data.active)) {
			return invalid(
				{
					isNnsAdmin: 'Du kan inte ta bort din egen NNS-behörighet eller stänga av dig själv.'
				},
				form.values
			);
		}
		await updatePerson(db, user, person, form.data);
		redirect(303, `/admin/anvandare/${person.id}?sparat=1`);
	},
	addRole: async (event) => {
		const user = requireNnsAdmin(event);
		const person = await target(event);
		const form = await parseForm(event.request, addRoleSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		const forbund = await findForbund(db, form.data.forbundId);
		if (!forbund) error(404, 'Förbundet finns inte.');
		await setMemberRole(db, { actor: user, person, forbund }, form.data.role);
		redirect(303, `/admin/anvandare/${person.id}?sparat=1`);
	},
	removeRole: async (event) => {
		const user = requireNnsAdmin(event);
		const person = await target(event);
		const form = await parseForm(event.request, removeRoleSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		const forbund = await findForbund(db, form.data.forbundId);
		if (!forbund) error(404, 'Förbundet finns inte.');
		await removeMember(db, { actor: user, person, forbund });
		redirect(303, `/admin/anvandare/${person.id}?sparat=1`);
	},
	sendLink: async (event) => {
		const user = requireNnsAdmin(event);
		const person = await target(event);
		const link = await sendPersonLink(db, event.url.origin, user, person, null);
		return { link };
	}
} satisfies Actions;
