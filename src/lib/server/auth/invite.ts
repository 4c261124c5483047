import type { Db } from '../db/connect';
import { recordAudit } from '../db/audit';
import type { Role, UserTokenKind } from '../db/schema';
import { findForbund } from '../db/forbund';
import { findUserByEmail, insertUser, setMembership, updateUser } from '../db/users';
import { roleLabels } from '../../labels';
import { isProduction, mailConfigured, sendMail } from '../mail/mail';
import { mayManageAccount } from './account-rights';
import { createUserToken, userTokenPath } from './user-token';

export { mayManageAccount };

export interface LinkResult {
	email: string;
	/** The link itself, when it may be shown to the admin who asked (no mail server). */
	link: string | null;
	mailed: boolean;
	message: string;
}

/**
 * Creates a single-use link and mails it, or hands it back to be shown when there is no mail.
 * `user.name` is the name to greet and to tell the admin: for an invitation into a förbund
 * it is the name the admin typed, never the account's own (which would tell whether it exists).
 */
export async function sendAccountLink(
	db: Db,
	origin: string,
	user: { id: number; email: string; name: string },
	kind: UserTokenKind,
	shownTo: App.User | null,
	membership: { forbundId: number; role: Role; forbundName: string } | null = null
): Promise<LinkResult> {
	// In production without mail, only NNS admins see a link on screen; a förbund admin is
	// told to ask NNS, so that no link ever travels outside a mail box or NNS's own hands.
	const showTo =
		shownTo && !mailConfigured() && (!isProduction() || shownTo.isNnsAdmin) ? shownTo : null;
	const showLink = showTo !== null;
	// A membership link opens nothing without the person's own sign-in: no rights check at use.
	const token = await createUserToken(
		db,
		user.id,
		kind,
		new Date(),
		kind === 'membership' ? null : (showTo?.id ?? null),
		membership
	);
	const link = `${origin}${userTokenPath(kind, token)}`;
	const validity = 'Länken gäller i 7 dagar och kan användas en gång.';
	const mailed = await sendMail({
		to: user.email,
		subject:
			kind === 'reset'
				? 'Välj ett nytt lösenord till NNS indikatorer'
				: 'Inbjudan till NNS indikatorer',
		text:
			kind === 'invitation'
				? `Hej ${user.name}!\n\nDu har bjudits in till NNS indikatorer. Öppna länken och välj ett lösenord:\n${link}\n\n${validity}`
				: kind === 'membership'
					? `Hej ${user.name}!\n\nDu har bjudits in till ${membership?.forbundName ?? 'ett förbund'} i NNS indikatorer. Öppna länken och logga in för att tacka ja:\n${link}\n\n${validity}`
					: `Hej ${user.name}!\n\nÖppna länken och välj ett nytt lösenord:\n${link}\n\n${validity}`
	});
	const what = kind === 'reset' ? 'Länken för nytt lösenord' : 'Inbjudan';
	return {
		email: user.email,
		link: mailed || !showLink ? null : link,
		mailed,
		message: mailed
			? `${what} har skickats till ${user.email}.`
			: showLink
				? `${what} kunde inte skickas med e-post. Ge länken nedan till ${user.name}; den gäller i 7 dagar och kan användas en gång.`
				: shownTo
					? `${what} kunde inte skickas eftersom e-post inte är uppsatt. Be NNS om hjälp.`
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
	const roleText =
		input.role === 'nns' ? 'NNS administratör' : roleLabels[input.role].toLowerCase();
	const existing = await findUserByEmail(db, input.email);
	if (existing && !actor.isNnsAdmin && input.role !== 'nns' && input.forbundId !== null) {
		const pending = { ...input, role: input.role, forbundId: input.forbundId };
		return invitePending(db, actor, origin, pending, existing.id, roleText);
	}
	const user =
		existing ?? (await insertUser(db, { email: input.email, name: input.name, isNnsAdmin: false }));
	if (input.role === 'nns') {
		await updateUser(db, user.id, { isNnsAdmin: true });
	} else if (input.forbundId !== null) {
		await setMembership(db, user.id, input.forbundId, input.role);
	}
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
	return sendAccountLink(db, origin, user, 'invitation', showLink ? actor : null);
}

/**
 * A förbund admin invites an address that already has an account: nothing changes until
 * the person accepts (signed in, through the link), and the admin gets the same answer as for a
 * new address, with the name they typed, so that an invitation reveals neither the account nor
 * the name it has.
 */
async function invitePending(
	db: Db,
	actor: App.User,
	origin: string,
	input: InviteInput & { role: Role; forbundId: number },
	userId: number,
	roleText: string
): Promise<LinkResult> {
	const forbund = await findForbund(db, input.forbundId);
	await recordAudit(db, {
		actor,
		forbundId: input.forbundId,
		action: 'user.invite',
		summary: `Bjöd in ${input.name} (${input.email}) som ${roleText}.`,
		detail: { role: input.role }
	});
	return sendAccountLink(
		db,
		origin,
		{ id: userId, email: input.email, name: input.name },
		'membership',
		actor,
		{ forbundId: input.forbundId, role: input.role, forbundName: forbund?.name ?? '' }
	);
}
