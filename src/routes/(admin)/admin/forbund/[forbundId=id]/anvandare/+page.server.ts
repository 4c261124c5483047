import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { invitePerson, mayManageAccount, sendAccountLink } from '$lib/server/auth/invite';
import { db } from '$lib/server/db';
import { recordAudit } from '$lib/server/db/audit';
import { roles } from '$lib/server/db/schema';
import {
	deleteMembership,
	findMembership,
	findUserById,
	listForbundMembers,
	setMembership
} from '$lib/server/db/users';
import { forbundFromUrl } from '$lib/server/forbund-access';
import { choice, recordId } from '$lib/server/form-fields';
import { invalid, parseForm } from '$lib/server/forms';
import { inviteToForbundSchema } from '$lib/server/invite-form';
import type { Actions, PageServerLoad } from './$types';

const inviteSchema = inviteToForbundSchema;
const changeRoleSchema = z.object({
	userId: recordId('Välj en person.'),
	role: choice(roles, 'Välj en roll.')
});
const memberSchema = z.object({ userId: recordId('Välj en person.') });

/** A member named in a form, only when they belong to this association. */
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
	const { association } = await forbundFromUrl(db, event, 'admin');
	return { members: await listForbundMembers(db, association.id), selfId: event.locals.user!.id };
}) satisfies PageServerLoad;

export const actions = {
	invite: async (event) => {
		const { user, association } = await forbundFromUrl(db, event, 'admin');
		const form = await parseForm(event.request, inviteSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		const invited = await invitePerson(db, user, event.url.origin, {
			...form.data,
			forbundId: association.id
		});
		return { invited };
	},
	changeRole: async (event) => {
		const { user, association } = await forbundFromUrl(db, event, 'admin');
		const form = await parseForm(event.request, changeRoleSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		const person = await memberOf(association.id, form.data.userId);
		const self = noSelfChange(event, person.id, form.values);
		if (self) return self;
		await db.transaction(async (tx) => {
			await setMembership(tx, person.id, association.id, form.data.role);
			await recordAudit(tx, {
				actor: user,
				forbundId: association.id,
				action: 'user.role',
				summary: `Gav ${person.name} rollen ${form.data.role === 'admin' ? 'administratör' : 'läsare'}.`,
				detail: { userId: person.id, role: form.data.role }
			});
		});
		redirect(303, `/admin/forbund/${association.id}/anvandare?sparat=1`);
	},
	remove: async (event) => {
		const { user, association } = await forbundFromUrl(db, event, 'admin');
		const form = await parseForm(event.request, memberSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		const person = await memberOf(association.id, form.data.userId);
		const self = noSelfChange(event, person.id, form.values);
		if (self) return self;
		await db.transaction(async (tx) => {
			await deleteMembership(tx, person.id, association.id);
			await recordAudit(tx, {
				actor: user,
				forbundId: association.id,
				action: 'user.remove',
				summary: `Tog bort ${person.name} från förbundet.`,
				detail: { userId: person.id }
			});
		});
		// Sessions stay: rights are read afresh on every request, so the association is out of
		// reach from the next one, while the person's other associations (and NNS rights) are
		// none of this admin's business.
		redirect(303, `/admin/forbund/${association.id}/anvandare?sparat=1`);
	},
	sendLink: async (event) => {
		const { user, association } = await forbundFromUrl(db, event, 'admin');
		const form = await parseForm(event.request, memberSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		const person = await memberOf(association.id, form.data.userId);
		const kind = person.passwordHash ? 'reset' : 'invitation';
		const showLink = await mayManageAccount(db, user, person);
		const link = await sendAccountLink(db, event.url.origin, person, kind, showLink ? user : null);
		await recordAudit(db, {
			actor: user,
			forbundId: association.id,
			action: kind === 'reset' ? 'user.reset-link' : 'user.invite',
			summary: `Skapade en länk för ${kind === 'reset' ? 'nytt lösenord' : 'inbjudan'} till ${person.name}.`,
			detail: { userId: person.id }
		});
		return { link };
	}
} satisfies Actions;
