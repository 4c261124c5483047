import { error, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/access';
import { linkGone } from '$lib/server/auth/choose-password';
import { db } from '$lib/server/db';
import { acceptMembership, membershipOffer } from '$lib/server/users/membership-invitations';
import type { Actions, PageServerLoad } from './$types';

const otherAccount =
	'Inbjudan gäller ett annat konto. Logga ut och logga in med den adress som inbjudan skickades till.';

export const load = (async (event) => {
	const user = requireUser(event);
	const offer = await membershipOffer(db, user, event.params.token);
	if (!offer.ok)
		error(offer.reason === 'gone' ? 410 : 403, offer.reason === 'gone' ? linkGone : otherAccount);
	return { forbundName: offer.forbundName, roleLabel: offer.roleLabel };
}) satisfies PageServerLoad;

export const actions = {
	accept: async (event) => {
		const user = requireUser(event);
		const forbundId = await acceptMembership(db, user, event.params.token);
		if (forbundId === null) error(410, linkGone);
		redirect(303, `/admin/forbund/${forbundId}`);
	}
} satisfies Actions;
