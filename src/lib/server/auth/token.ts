import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/** 25 random bytes: 200 bits, 40 characters of base32 that are safe in a URL and a cookie. */
export function generateToken(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(25));
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** What the database keeps instead of a token, so that a leaked table opens nothing. */
export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** The shape of a token from generateToken, checked before any database work. */
export const tokenPattern = /^[a-z2-7]{40}$/;
