import { choosePasswordAction, loadTokenPage } from '$lib/server/auth/choose-password';
import { db } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ params }) =>
	loadTokenPage(db, params.token, 'reset')) satisfies PageServerLoad;

export const actions = {
	default: async (event) => choosePasswordAction(db, event, event.params.token, 'reset')
} satisfies Actions;
