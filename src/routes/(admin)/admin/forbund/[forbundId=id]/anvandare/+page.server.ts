import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { invitePerson } from '$lib/server/auth/invite';
import { db } from '$lib/server/db';
import { roles } from '$lib/server/db/schema';
import { findMembership, findUserById, listForbundMembers } from '$lib/server/db/users';
import { forbundFromUrl } from '$lib/server/auth/forbund-access';
import { choice, recordId } from '$lib/server/forms/form-fields';
import { invalid, parseForm } from '$lib/server/forms/parse-form';
import { inviteToForbundSchema } from '$lib/server/users/invite-form';
import { removeMember, sendPersonLink, setMemberRole } from '$lib/server/users/memberships';
import type { Actions, PageServerLoad } from './$types';

const inviteSchema = inviteToForbundSchema;
const changeRoleSchema = z.object({
	userId: recordId('Välj en person.'),
	role: choice(roles, 'Välj en roll.')
});
const memberSchema = z.object({ userId: recordId('Välj en person.') });

/** A member named in a form, only when they belong to this förbund. */
async function memberOf(forbundId: number, userId: number) {
	const membership = await findMembership(db, userId, forbundId);
	const person = membership ? await findUserById(db, userId) : null;
	if (!membership || !person) error(404, 'Personen finns inte i det här förbundet.');
	return { ...person, role: membership.role };
}

function noSelfChange(
	event: RequestEvent,
	userId: number,
	values: Record<string, string | string[]>
) {
	if (event.locals.user?.id !== userId) return null;
	return invalid({ userId: 'Du kan inte ändra din egen roll. Be en annan administratör.' }, values);
}

export const load = (async (event) => {
	const { forbund } = await forbundFromUrl(db, event, 'admin');
	return { members: await listForbundMembers(db, forbund.id), selfId: event.locals.user!.id };
}) satisfies PageServerLoad;

export const actions = {
	invite: async (event) => {
		const { user, forbund } = await forbundFromUrl(db, event, 'admin');
		const form = await parseForm(event.request, inviteSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		const invited = await invitePerson(db, user, event.url.origin, {
			...form.data,
			forbundId: forbund.id
		});
		return { invited };
	},
	changeRole: async (event) => {
		const { user, forbund } = await forbundFromUrl(db, event, 'admin');
		const form = await parseForm(event.request, changeRoleSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		const person = await memberOf(forbund.id, form.data.userId);
		const self = noSelfChange(event, person.id, form.values);
		if (self) return self;
		await setMemberRole(db, { actor: user, person, forbund }, form.data.role);
		redirect(303, `/admin/forbund/${forbund.id}/anvandare?sparat=1`);
	},
	remove: async (event) => {
		const { user, forbund } = await forbundFromUrl(db, event, 'admin');
		const form = await parseForm(event.request, memberSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		const person = await memberOf(forbund.id, form.data.userId);
		const self = noSelfChange(event, person.id, form.values);
		if (self) return self;
		await removeMember(db, { actor: user, person, forbund });
		redirect(303, `/admin/forbund/${forbund.id}/anvandare?sparat=1`);
	},
	sendLink: async (event) => {
		const { user, forbund } = await forbundFromUrl(db, event, 'admin');
		const form = await parseForm(event.request, memberSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		const person = await memberOf(forbund.id, form.data.userId);
		const link = await sendPersonLink(db, event.url.origin, user, person, forbund.id);
		return { link };
	}
} satisfies Actions;
