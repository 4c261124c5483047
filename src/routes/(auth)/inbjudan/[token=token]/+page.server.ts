import { choosePasswordAction, loadTokenPage } from '$lib/server/auth/choose-password';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ params }) =>
	loadTokenPage(params.token, 'invitation')) satisfies PageServerLoad;

export const actions = {
	default: async (event) => choosePasswordAction(event, event.params.token, 'invitation')
} satisfies Actions;
