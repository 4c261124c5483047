import { redirect } from '@sveltejs/kit';
import { choosePasswordAction, loadTokenPage } from '$lib/server/auth/choose-password';
import { peekUserToken } from '$lib/server/auth/user-token';
import { db } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ params }) => {
	// An invitation of an existing account into a förbund is accepted signed in.
	if (await peekUserToken(db, params.token, 'membership')) {
		redirect(303, `/admin/inbjudan/${params.token}`);
	}
	return loadTokenPage(db, params.token, 'invitation');
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => choosePasswordAction(db, event, event.params.token, 'invitation')
} satisfies Actions;
