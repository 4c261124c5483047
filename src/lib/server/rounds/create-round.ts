import type { Db } from '../db/connect';
import { findRoundTokenByCode, insertRound, type NewRound } from '../db/rounds';
import { generateRoundToken, generateShortCode } from './round-credentials';

/**
 * Creates a round with a fresh token and code, drawing again on the rare code collision. The
 * credentials are drawn here, not in `db/`, which only stores what it is given; a test passes
 * its own to force a collision.
 */
export async function createRound(
	db: Db,
	values: Omit<NewRound, 'token' | 'code'>,
	credentials = { token: generateRoundToken, code: generateShortCode }
): Promise<number> {
	for (let attempt = 0; attempt < 10; attempt++) {
		const code = credentials.code();
		if (await findRoundTokenByCode(db, code)) continue;
		return insertRound(db, { ...values, token: credentials.token(), code });
	}
	throw new Error('Could not find a free round code in 10 attempts');
}
