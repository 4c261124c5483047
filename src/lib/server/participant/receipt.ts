import { timingSafeEqual } from 'node:crypto';
import { stockholmToday } from '../../dates';
import { keyed } from '../throttle/keyed-hash';

/**
 * The thank-you page says "your answers are saved" only to someone who was sent there by a
 * stored submit. The proof travels in the redirect's URL: a keyed hash of the round, the
 * language and the Swedish date. It is the same for everyone who answers that round in that
 * language that day, so it tells no response and no person apart, and nothing is stored or
 * logged for it. Without THROTTLE_SECRET the key changes at a restart; a receipt from before then
 * shows the neutral text, which is harmless.
 */
export const receiptParameter = 'kvitto';

export function receiptFor(token: string, language: string, day = stockholmToday()): string {
	// 128 bits are plenty against guessing, and keep the URL short.
	return keyed(`tack\u0000${token}\u0000${language}\u0000${day}`).slice(0, 22);
}

/** The thank-you path a stored submit redirects to, receipt included. */
export function thanksPath(token: string, language: string, day = stockholmToday()): string {
	return `/e/${token}/${language}/tack?${receiptParameter}=${receiptFor(token, language, day)}`;
}

/**
 * Today's receipt, or yesterday's: a submit stored at 23:59 whose redirect is followed (or whose
 * page is reloaded) after midnight still shows that it was saved.
 */
export function isValidReceipt(
	receipt: string | null,
	token: string,
	language: string,
	now = new Date()
): boolean {
	if (!receipt) return false;
	const yesterday = new Date(now.getTime() - 24 * 60 * 60 * 1000);
	return [stockholmToday(now), stockholmToday(yesterday)].some((day) =>
		sameText(receipt, receiptFor(token, language, day))
	);
}

function sameText(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
