import { describe, expect, it } from 'vitest';
import { commonPasswords } from './common-passwords';
import { hashPassword, passwordProblem, verifyPasswordHash } from './password';

describe('passwords', () => {
	it('hashes with argon2id at 19 MiB, two passes, one lane', async () => {
		const hash = await hashPassword('en lång och ovanlig mening');
		expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(await verifyPasswordHash(hash, 'en lång och ovanlig mening')).toBe(true);
		expect(await verifyPasswordHash(hash, 'en lång och ovanlig menin')).toBe(false);
		expect(await verifyPasswordHash('inte en hash', 'x')).toBe(false);
	});

	it('ships a list of thousands of common passwords', () => {
		expect(commonPasswords.size).toBeGreaterThan(2000);
		expect(commonPasswords.has('lösenord12345')).toBe(true);
	});

	it.each([
		['kort', 'Lösenordet måste ha minst 12 tecken.'],
		['x'.repeat(10) + 'åäö' + 'y'.repeat(116), 'Lösenordet får ha högst 128 tecken.'],
		['Password1234', 'Lösenordet är för vanligt och lätt att gissa. Välj ett annat.'],
		['sommar2024!!', null],
		['aaaaaaaaaaaaaaaa', 'Lösenordet är för vanligt och lätt att gissa. Välj ett annat.'],
		['qwertyuiopå', 'Lösenordet måste ha minst 12 tecken.'],
		['anna@example.se', 'Lösenordet får inte vara din e-postadress eller ditt namn.']
	])('%s → %s', (password, problem) => {
		expect(passwordProblem(password, { email: 'anna@example.se', name: 'Anna Ek' })).toBe(problem);
	});

	it('counts characters, not bytes: 12 Swedish letters are enough', () => {
		expect(passwordProblem('åäöåäöåäöxyz')).toBeNull();
		expect(passwordProblem('x'.repeat(128))).not.toBeNull(); // too few distinct characters
		expect(passwordProblem('ab'.repeat(63) + 'cd')).toBeNull();
	});
});
