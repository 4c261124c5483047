import { redirect } from '@sveltejs/kit';
import { sessionCookie } from '$lib/server/auth/cookie';
import { deleteSessionTokenCookie, invalidateSession } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	return { signedIn: locals.user !== null };
}) satisfies PageServerLoad;

/** Logout is a POST: a link or an image elsewhere cannot sign anyone out. */
export const actions = {
	default: async ({ locals, cookies }) => {
		if (locals.session) await invalidateSession(db, locals.session.id);
		deleteSessionTokenCookie(cookies, sessionCookie());
		redirect(303, '/logga-in?utloggad=1');
	}
} satisfies Actions;
