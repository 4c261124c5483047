import { roleLabels } from '../../labels';
import { mayManageAccount, sendAccountLink, type LinkResult } from '../auth/invite';
import { recordAudit } from '../db/audit';
import type { Db } from '../db/connect';
import type { Role } from '../db/schema';
import { deleteMembership, setMembership } from '../db/users';

/** Who acts, on whom, in which förbund: the same whether NNS or the förbund's admin acts. */
export interface MembershipChange {
	actor: { id: number; name: string };
	person: { id: number; name: string };
	forbund: { id: number; name: string };
}

/**
 * Gives a person a role in a förbund (a new membership or a changed one) and records it,
 * in one transaction: an audit entry never describes a change that did not happen, nor the other
 * way round. Sessions stay: rights are read afresh on every request.
 */
export async function setMemberRole(
	db: Db,
	{ actor, person, forbund }: MembershipChange,
	role: Role
) {
	await db.transaction(async (tx) => {
		await setMembership(tx, person.id, forbund.id, role);
		await recordAudit(tx, {
			actor,
			forbundId: forbund.id,
			action: 'user.role',
			summary: `Gav ${person.name} rollen ${roleLabels[role].toLowerCase()} i ${forbund.name}.`,
			detail: { userId: person.id, role }
		});
	});
}

/**
 * Takes a person out of a förbund and records it, in one transaction. Sessions stay, by one
 * rule for NNS and the förbund alike: rights are read afresh on every request, so the
 * förbund is out of reach from the next one, while the person's other förbund (and
 * NNS rights) go on.
 */
export async function removeMember(db: Db, { actor, person, forbund }: MembershipChange) {
	await db.transaction(async (tx) => {
		await deleteMembership(tx, person.id, forbund.id);
		await recordAudit(tx, {
			actor,
			forbundId: forbund.id,
			action: 'user.remove',
			summary: `Tog bort ${person.name} från ${forbund.name}.`,
			detail: { userId: person.id }
		});
	});
}

/**
 * A new link for a person: an invitation while they have chosen no password, else a link to
 * choose a new one; mailed, or shown to an admin who may manage the account (`mayManageAccount`:
 * NNS always), and recorded. The audit entry follows the link rather than sharing a transaction
 * with it, since the link is mailed on the way and no transaction should wait for a mail server.
 */
export async function sendPersonLink(
	db: Db,
	origin: string,
	actor: App.User,
	person: {
		id: number;
		email: string;
		name: string;
		isNnsAdmin: boolean;
		passwordHash: string | null;
	},
	/** The förbund whose log shows the entry; null for NNS's own log. */
	forbundId: number | null
): Promise<LinkResult> {
	const kind = person.passwordHash ? 'reset' : 'invitation';
	const showLink = await mayManageAccount(db, actor, person);
	const link = await sendAccountLink(db, origin, person, kind, showLink ? actor : null);
	await recordAudit(db, {
		actor,
		forbundId,
		action: kind === 'reset' ? 'user.reset-link' : 'user.invite',
		summary: `Skapade en länk för ${kind === 'reset' ? 'nytt lösenord' : 'inbjudan'} till ${person.name}.`,
		detail: { userId: person.id }
	});
	return link;
}
