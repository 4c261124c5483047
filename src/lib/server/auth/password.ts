import { hash, verify } from '@node-rs/argon2';
import { commonPasswords } from './common-passwords';

/** OWASP's argon2id baseline: 19 MiB, two passes, one lane. */
const argon2Options = {
	algorithm: 2, // Algorithm.Argon2id; the const enum cannot be imported under isolatedModules
	memoryCost: 19456,
	timeCost: 2,
	parallelism: 1,
	outputLen: 32
} as const;

const passwordMinLength = 12;
export const passwordMaxLength = 128;

export async function hashPassword(password: string): Promise<string> {
	return hash(password, argon2Options);
}

export async function verifyPasswordHash(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/**
 * Why a new password cannot be used, in Swedish, or null when it can. Length is counted in
 * characters as a person sees them.
 */
export function passwordProblem(password: string, person: { email?: string; name?: string } = {}) {
	const length = [...password].length;
	if (length < passwordMinLength) return `Lösenordet måste ha minst ${passwordMinLength} tecken.`;
	if (length > passwordMaxLength) return `Lösenordet får ha högst ${passwordMaxLength} tecken.`;
	const normalized = password.trim().toLowerCase();
	if (commonPasswords.has(normalized) || new Set(normalized).size <= 2) {
		return 'Lösenordet är för vanligt och lätt att gissa. Välj ett annat.';
	}
	const own = [person.email, person.name].map((s) => s?.trim().toLowerCase()).filter(Boolean);
	if (own.some((s) => normalized === s || normalized === s!.split('@')[0])) {
		return 'Lösenordet får inte vara din e-postadress eller ditt namn.';
	}
	return null;
}
