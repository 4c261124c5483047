import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import type { Db } from '../db/connect';
import type { UserTokenKind } from '../db/schema';
import { updateUser } from '../db/users';
import { invalid, parseForm } from '../forms/parse-form';
import { signIn } from './login';
import { hashPassword, passwordProblem } from './password';
import { invalidateUserSessions } from './session';
import { consumeUserToken, peekUserToken } from './user-token';

const choosePasswordSchema = z.object({
	password: z.string({ error: 'Välj ett lösenord.' }).min(1, 'Välj ett lösenord.'),
	confirm: z
		.string({ error: 'Skriv lösenordet en gång till.' })
		.min(1, 'Skriv lösenordet en gång till.')
});

export const linkGone =
	'Länken har redan använts eller har gått ut (den gäller i 7 dagar). Be administratören om en ny.';

/** The page behind an invitation or reset link: whom it is for, or 410 when it cannot be used. */
export async function loadTokenPage(db: Db, token: string, kind: UserTokenKind) {
	const holder = await peekUserToken(db, token, kind);
	if (!holder) error(410, linkGone);
	return { name: holder.name, email: holder.email };
}

/**
 * Sets the new password from an invitation or reset link, uses the link up, ends every other
 * session of the person and signs them in.
 */
export async function choosePasswordAction(
	db: Db,
	event: RequestEvent,
	token: string,
	kind: UserTokenKind
) {
	const form = await parseForm(event.request, choosePasswordSchema);
	const holder = await peekUserToken(db, token, kind);
	if (!holder) return invalid({ form: linkGone }, {}, 410);
	if (!form.ok) return invalid(form.errors);
	const problem = passwordProblem(form.data.password, holder);
	if (problem) return invalid({ password: problem });
	if (form.data.password !== form.data.confirm) {
		return invalid({ confirm: 'Lösenorden är inte likadana.' });
	}
	const passwordHash = await hashPassword(form.data.password);
	if (!(await consumeUserToken(db, token))) {
		return invalid({ form: linkGone }, {}, 410);
	}
	await updateUser(db, holder.userId, { passwordHash });
	await invalidateUserSessions(db, holder.userId);
	await signIn(db, event, holder.userId);
	redirect(303, '/admin');
}
