import { describe, expect, it } from 'vitest';
import { isValidReceipt, receiptFor, receiptParameter, thanksPath } from './receipt';

const token = 'rKho573y_vRiVBmafywe43ea';
const noon = new Date('2026-11-23T11:00:00Z');

describe('the thank-you receipt', () => {
	it('is the same for everyone answering the round in that language that day', () => {
		expect(receiptFor(token, 'ar', '2026-11-23')).toBe(receiptFor(token, 'ar', '2026-11-23'));
		expect(receiptFor(token, 'ar', '2026-11-23')).toMatch(/^[\w-]{22}$/);
	});

	it('differs by round, language and day', () => {
		const receipt = receiptFor(token, 'ar', '2026-11-23');
		expect(receiptFor('B'.repeat(24), 'ar', '2026-11-23')).not.toBe(receipt);
		expect(receiptFor(token, 'sv', '2026-11-23')).not.toBe(receipt);
		expect(receiptFor(token, 'ar', '2026-11-24')).not.toBe(receipt);
	});

	it('is carried by the redirect of a stored submit', () => {
		expect(thanksPath(token, 'ar', '2026-11-23')).toBe(
			`/e/${token}/ar/tack?${receiptParameter}=${receiptFor(token, 'ar', '2026-11-23')}`
		);
	});

	it("accepts today's and yesterday's receipt (Swedish dates), and nothing else", () => {
		expect(isValidReceipt(receiptFor(token, 'ar', '2026-11-23'), token, 'ar', noon)).toBe(true);
		expect(isValidReceipt(receiptFor(token, 'ar', '2026-11-22'), token, 'ar', noon)).toBe(true);
		expect(isValidReceipt(receiptFor(token, 'ar', '2026-11-21'), token, 'ar', noon)).toBe(false);
		expect(isValidReceipt(receiptFor(token, 'sv', '2026-11-23'), token, 'ar', noon)).toBe(false);
		expect(isValidReceipt(null, token, 'ar', noon)).toBe(false);
		expect(isValidReceipt('', token, 'ar', noon)).toBe(false);
		expect(isValidReceipt('x'.repeat(22), token, 'ar', noon)).toBe(false);
		expect(isValidReceipt('short', token, 'ar', noon)).toBe(false);
	});

	it('goes by the Swedish day: 00:30 in Stockholm is already the next day', () => {
		// 23:30 UTC on 23 November is 00:30 on 24 November in Stockholm.
		const justAfterMidnight = new Date('2026-11-23T23:30:00Z');
		expect(
			isValidReceipt(receiptFor(token, 'sv', '2026-11-24'), token, 'sv', justAfterMidnight)
		).toBe(true);
		expect(
			isValidReceipt(receiptFor(token, 'sv', '2026-11-22'), token, 'sv', justAfterMidnight)
		).toBe(false);
	});
});
