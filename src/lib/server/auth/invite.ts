import type { Db } from '../db/connect';
import { recordAudit } from '../db/audit';
import type { Role, UserTokenKind } from '../db/schema';
import {
	findUserByEmail,
	insertUser,
	listMemberships,
	setMembership,
	updateUser
} from '../db/users';
import { sendMail } from '../mail';
import { createUserToken, userTokenPath } from './user-token';

export interface LinkResult {
	email: string;
	/** The link itself, when it may be shown to the admin who asked (no mail server). */
	link: string | null;
	mailed: boolean;
	message: string;
}

/**
 * Whether `actor` may receive a link that sets `target`'s password: NNS admins always; an
 * association admin only for a person who is no NNS admin and belongs to no association the
 * admin does not run, so that no admin can take over an account with wider rights.
 */
export async function mayManageAccount(
	db: Db,
	actor: App.User,
	target: { id: number; isNnsAdmin: boolean }
): Promise<boolean> {
	if (actor.isNnsAdmin) return true;
	if (target.isNnsAdmin) return false;
	const administered = new Set(
		actor.memberships.filter((m) => m.role === 'admin').map((m) => m.forbundId)
	);
	const memberships = await listMemberships(db, target.id);
	return memberships.every((m) => administered.has(m.forbundId));
}

/** Creates a single-use link and mails it, or hands it back to be shown when there is no mail. */
export async function sendAccountLink(
	db: Db,
	origin: string,
	user: { id: number; email: string; name: string },
	kind: UserTokenKind,
	showLink: boolean
): Promise<LinkResult> {
	const token = await createUserToken(db, user.id, kind);
	const link = `${origin}${userTokenPath(kind, token)}`;
	const mailed = await sendMail({
		to: user.email,
		subject:
			kind === 'invitation'
				? 'Inbjudan till NNS indikatorer'
				: 'Välj ett nytt lösenord till NNS indikatorer',
		text:
			kind === 'invitation'
				? `Hej ${user.name}!\n\nDu har bjudits in till NNS indikatorer. Öppna länken och välj ett lösenord:\n${link}\n\nLänken gäller i 7 dagar och kan användas en gång.`
				: `Hej ${user.name}!\n\nÖppna länken och välj ett nytt lösenord:\n${link}\n\nLänken gäller i 7 dagar och kan användas en gång.`
	});
	const what = kind === 'invitation' ? 'Inbjudan' : 'Länken för nytt lösenord';
	return {
		email: user.email,
		link: mailed || !showLink ? null : link,
		mailed,
		message: mailed
			? `${what} har skickats till ${user.email}.`
			: showLink
				? `${what} kunde inte skickas med e-post. Ge länken nedan till ${user.name}; den gäller i 7 dagar och kan användas en gång.`
				: `${what} har skapats men kan inte visas här eftersom kontot också hör till andra förbund. Be NNS om hjälp.`
	};
}

export interface InviteInput {
	email: string;
	name: string;
	forbundId: number | null;
	role: Role | 'nns';
}

/**
 * Gives a person a role, creating the account when it does not exist yet. A person who has
 * not chosen a password yet gets a (new) invitation link; one who has can simply sign in.
 */
export async function invitePerson(
	db: Db,
	actor: App.User,
	origin: string,
	input: InviteInput
): Promise<LinkResult> {
	const existing = await findUserByEmail(db, input.email);
	const user =
		existing ?? (await insertUser(db, { email: input.email, name: input.name, isNnsAdmin: false }));
	if (input.role === 'nns') {
		await updateUser(db, user.id, { isNnsAdmin: true });
	} else if (input.forbundId !== null) {
		await setMembership(db, user.id, input.forbundId, input.role);
	}
	const roleText =
		input.role === 'nns'
			? 'NNS administratör'
			: input.role === 'admin'
				? 'administratör'
				: 'läsare';
	await recordAudit(db, {
		actor,
		forbundId: input.forbundId,
		action: existing ? 'user.role' : 'user.invite',
		summary: existing
			? `Gav ${user.name} (${user.email}) rollen ${roleText}.`
			: `Bjöd in ${user.name} (${user.email}) som ${roleText}.`,
		detail: { userId: user.id, role: input.role }
	});
	if (existing?.passwordHash) {
		return {
			email: user.email,
			link: null,
			mailed: false,
			message: `${user.name} har redan ett konto och kan logga in med det som ${roleText}.`
		};
	}
	const showLink = await mayManageAccount(db, actor, user);
	return sendAccountLink(db, origin, user, 'invitation', showLink);
}
