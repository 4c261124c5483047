import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { requireUser } from '$lib/server/auth/access';
import { signIn } from '$lib/server/auth/login';
import { hashPassword, passwordProblem, verifyPasswordHash } from '$lib/server/auth/password';
import {
	recordFailure,
	resetThrottle,
	passwordCheckKeys,
	throttleMessage,
	throttleWait
} from '$lib/server/auth/rate-limit';
import { invalidateUserSessions } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { findUserById, updateUser } from '$lib/server/db/users';
import { invalid, parseForm } from '$lib/server/forms/parse-form';
import type { Actions, PageServerLoad } from './$types';

const changePasswordSchema = z.object({
	currentPassword: z
		.string({ error: 'Skriv ditt nuvarande lösenord.' })
		.min(1, 'Skriv ditt nuvarande lösenord.'),
	password: z.string({ error: 'Välj ett nytt lösenord.' }).min(1, 'Välj ett nytt lösenord.'),
	confirm: z
		.string({ error: 'Skriv det nya lösenordet en gång till.' })
		.min(1, 'Skriv det nya lösenordet en gång till.')
});

export const load = (async (event) => {
	const user = requireUser(event);
	return { email: user.email, saved: event.url.searchParams.has('sparat') };
}) satisfies PageServerLoad;

export const actions = {
	changePassword: async (event) => {
		const user = requireUser(event);
		const form = await parseForm(event.request, changePasswordSchema);
		if (!form.ok) return invalid(form.errors);
		const keys = passwordCheckKeys(user.id);
		const wait = await throttleWait(db, keys);
		if (wait > 0) return invalid({ currentPassword: throttleMessage(wait) }, {}, 429);
		const account = await findUserById(db, user.id);
		if (
			!account?.passwordHash ||
			!(await verifyPasswordHash(account.passwordHash, form.data.currentPassword))
		) {
			await recordFailure(db, keys);
			return invalid({ currentPassword: 'Det nuvarande lösenordet stämmer inte.' });
		}
		await resetThrottle(db, keys);
		const problem = passwordProblem(form.data.password, user);
		if (problem) return invalid({ password: problem });
		if (form.data.password !== form.data.confirm) {
			return invalid({ confirm: 'Lösenorden är inte likadana.' });
		}
		await updateUser(db, user.id, { passwordHash: await hashPassword(form.data.password) });
		// A changed password ends every session, this one too; this browser gets a new one.
		await invalidateUserSessions(db, user.id);
		await signIn(db, event, user.id);
		redirect(303, '/admin/konto?sparat=1');
	}
} satisfies Actions;
