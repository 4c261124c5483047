import { describe, expect, it } from 'vitest';
import { isCrossSiteRequest } from './origin';

const url = new URL('https://indikatorer.example.se/api/x');
const request = (method: string, headers: Record<string, string> = {}) =>
	new Request(url, { method, headers });

describe('origin check for JSON endpoints', () => {
	it('lets reads and same-origin writes through', () => {
		expect(isCrossSiteRequest(request('GET', { origin: 'https://evil.example' }), url)).toBe(false);
		expect(
			isCrossSiteRequest(request('POST', { origin: 'https://indikatorer.example.se' }), url)
		).toBe(false);
		expect(isCrossSiteRequest(request('POST'), url)).toBe(false);
	});

	it('stops writes from another origin or site', () => {
		expect(isCrossSiteRequest(request('POST', { origin: 'https://evil.example' }), url)).toBe(true);
		expect(isCrossSiteRequest(request('DELETE', { 'sec-fetch-site': 'cross-site' }), url)).toBe(
			true
		);
		expect(isCrossSiteRequest(request('PUT', { origin: 'null' }), url)).toBe(true);
	});
});
