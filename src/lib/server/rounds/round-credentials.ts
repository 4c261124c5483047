import { randomBytes, randomInt } from 'node:crypto';
import { encodeBase64urlNoPadding } from '@oslojs/encoding';

/** 144 random bits: the link cannot be guessed, and it encodes to 24 URL-safe characters. */
const tokenBytes = 18;
export { roundTokenPattern } from '../../round-link';

export function generateRoundToken(): string {
	return encodeBase64urlNoPadding(randomBytes(tokenBytes));
}

/**
 * Letters and digits that cannot be mistaken for one another when read off a poster or typed on
 * a phone: no 0/O/Q/D, 1/I/L, 2/Z, 5/S, 6/G, 8/B.
 */
export const codeAlphabet = 'ACEFHJKMNPRTUVWXY3479';
export const codeLength = 6;

export function generateShortCode(): string {
	return Array.from(
		{ length: codeLength },
		() => codeAlphabet[randomInt(codeAlphabet.length)]
	).join('');
}

/** What a person typed, as a code: case-insensitive, spaces and dashes ignored. */
export function normalizeShortCode(input: string): string {
	return input.toUpperCase().replace(/[\s-]+/g, '');
}

export function isWellFormedShortCode(code: string): boolean {
	return code.length === codeLength && [...code].every((c) => codeAlphabet.includes(c));
}
