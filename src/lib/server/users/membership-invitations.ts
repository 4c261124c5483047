import { recordAudit } from '../db/audit';
import type { Db } from '../db/connect';
import { findForbund } from '../db/forbund';
import { setMembership } from '../db/users';
import { consumeUserToken, peekUserToken } from '../auth/user-token';
import { roleLabels } from '../../labels';

export type MembershipOffer =
	| { ok: true; forbundId: number; forbundName: string; roleLabel: string }
	| { ok: false; reason: 'gone' | 'other-account' };

/** What an invitation into a förbund offers the signed-in person, if it is theirs. */
export async function membershipOffer(
	db: Db,
	user: { id: number },
	token: string
): Promise<MembershipOffer> {
	const holder = await peekUserToken(db, token, 'membership');
	if (!holder || holder.forbundId === null || holder.role === null) {
		return { ok: false, reason: 'gone' };
	}
	if (holder.userId !== user.id) return { ok: false, reason: 'other-account' };
	const forbund = await findForbund(db, holder.forbundId);
	if (!forbund) return { ok: false, reason: 'gone' };
	return {
		ok: true,
		forbundId: forbund.id,
		forbundName: forbund.name,
		roleLabel: roleLabels[holder.role].toLowerCase()
	};
}

/**
 * Accepts an invitation into a förbund: the membership, the used link and the audit entry
 * in one transaction. Returns the förbund, or null when the link is not (or no longer) the
 * signed-in person's.
 */
export async function acceptMembership(
	db: Db,
	user: { id: number; name: string },
	token: string
): Promise<number | null> {
	return db.transaction(async (tx) => {
		const holder = await peekUserToken(tx, token, 'membership');
		if (!holder || holder.userId !== user.id || holder.forbundId === null || !holder.role) {
			return null;
		}
		if (!(await consumeUserToken(tx, token))) return null;
		await setMembership(tx, user.id, holder.forbundId, holder.role);
		await recordAudit(tx, {
			actor: user,
			forbundId: holder.forbundId,
			action: 'user.accept',
			summary: `${user.name} tackade ja till inbjudan som ${roleLabels[holder.role].toLowerCase()}.`,
			detail: { userId: user.id, role: holder.role }
		});
		return holder.forbundId;
	});
}
