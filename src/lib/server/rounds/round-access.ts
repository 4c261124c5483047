import { error, type RequestEvent } from '@sveltejs/kit';
import type { Db } from '../db/connect';
import { findForbundRound } from '../db/rounds';
import type { Role } from '../db/schema';
import { forbundFromUrl } from '../auth/forbund-access';

export { lockedYearMessage } from './round-messages';

/**
 * The round named in the URL, after checking the person's role in the förbund named there.
 * A round of another förbund is not found, so ids reveal nothing.
 */
export async function roundFromUrl(
	db: Db,
	event: Pick<RequestEvent, 'locals' | 'url' | 'params'>,
	needed: Role
) {
	const access = await forbundFromUrl(db, event, needed);
	const roundId = Number((event.params as { roundId?: string }).roundId);
	const found = await findForbundRound(db, access.forbund.id, roundId);
	if (!found) error(404, 'Omgången finns inte.');
	return { ...access, round: found, locked: found.locked };
}

/** The participant link of a round on this site. */
export function participantLink(origin: string, token: string): string {
	return `${origin}/e/${token}`;
}
