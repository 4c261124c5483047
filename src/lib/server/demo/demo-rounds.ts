import { encodeBase64urlNoPadding } from '@oslojs/encoding';
import { codeAlphabet, codeLength } from '../rounds/round-credentials';
import type { Random } from './random';

/**
 * Demo links come from the seeded generator so that the README and the start-up banner can show
 * the same participant link on every machine. Real rounds use crypto-random tokens.
 */
export function demoToken(random: Random): string {
	return encodeBase64urlNoPadding(Uint8Array.from({ length: 18 }, () => random.int(0, 255)));
}

export function demoCode(random: Random): string {
	return Array.from({ length: codeLength }, () => random.pick([...codeAlphabet])).join('');
}
