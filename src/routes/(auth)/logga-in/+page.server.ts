import { redirect } from '@sveltejs/kit';
import { safeRedirectTarget } from '$lib/server/auth/access';
import { signIn } from '$lib/server/auth/login';
import { loginSchema } from '$lib/server/auth/login-form';
import { hashPassword, verifyPasswordHash } from '$lib/server/auth/password';
import { sessionCookie } from '$lib/server/auth/cookie';
import { knownDeviceKey, rememberDevice } from '$lib/server/auth/known-device';
import {
	loginClientThrottle,
	recordFailure,
	resetThrottle,
	throttleKeys,
	throttleMessage,
	throttleWait
} from '$lib/server/auth/rate-limit';
import { db } from '$lib/server/db';
import { findUserByEmail } from '$lib/server/db/users';
import { invalid, parseForm } from '$lib/server/forms/parse-form';
import { trustedClientKey } from '$lib/server/throttle/client-key';
import type { Actions, PageServerLoad } from './$types';

const wrongCredentials = 'Fel e-postadress eller lösenord.';

/** Compared against when no account matches, so that a wrong address takes as long as a wrong password. */
let dummyHash: Promise<string> | undefined;

export const load = (async ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirectTarget(url.searchParams.get('till')));
	return {};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const form = await parseForm(event.request, loginSchema);
		if (!form.ok) return invalid(form.errors, form.values);
		const { email, password } = form.data;
		const user = await findUserByEmail(db, email);
		const secure = sessionCookie().secure;
		// A browser this person signed in from before has its own throttle: a stranger's wrong
		// passwords against the account cannot keep them out (ASVS 6.3.1).
		const device = user ? knownDeviceKey(event.cookies, secure, user.id) : null;
		const keys = device ? [device] : throttleKeys(email);
		const client = device ? null : trustedClientKey(event.request.headers);
		const wait = Math.max(await throttleWait(db, keys), loginClientThrottle.waitFor(client).ms);
		if (wait > 0) {
			return invalid({ form: throttleMessage(wait) }, form.values, 429);
		}
		dummyHash ??= hashPassword('ingen-användare-har-det-här-lösenordet');
		const valid =
			user?.passwordHash && user.active
				? await verifyPasswordHash(user.passwordHash, password)
				: (await verifyPasswordHash(await dummyHash, password)) && false;
		if (!user || !valid) {
			await recordFailure(db, keys);
			loginClientThrottle.recordFailure(client);
			return invalid({ form: wrongCredentials }, form.values);
		}
		await resetThrottle(db, keys);
		rememberDevice(event.cookies, secure, user.id);
		await signIn(db, event, user.id);
		redirect(303, safeRedirectTarget(event.url.searchParams.get('till')));
	}
} satisfies Actions;
