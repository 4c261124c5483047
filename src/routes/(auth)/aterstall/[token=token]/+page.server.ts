import { choosePasswordAction, loadTokenPage } from '$lib/server/auth/choose-password';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ params }) =>
	loadTokenPage(params.token, 'reset')) satisfies PageServerLoad;

export const actions = {
	default: async (event) => choosePasswordAction(event, event.params.token, 'reset')
} satisfies Actions;
