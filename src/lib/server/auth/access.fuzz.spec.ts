import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './access';

describe('the sign-in redirect under hostile input', () => {
	it('always lands on a page of the admin area on this site', () => {
		const base = 'http://this.site';
		const pieces = fc.constantFrom(
			'/',
			'\\',
			'//',
			'\t',
			'\n',
			'\r',
			'\u3000',
			'%09',
			'%2f',
			'..',
			'evil.example',
			'admin',
			':',
			'@',
			'#',
			'?'
		);
		const target = fc.oneof(
			fc.string(),
			fc.array(pieces, { maxLength: 12 }).map((p) => p.join(''))
		);
		fc.assert(
			fc.property(
				fc.oneof(
					target,
					target.map((t) => `/admin${t}`)
				),
				(candidate) => {
					const result = safeRedirectTarget(candidate);
					const url = new URL(result, base);
					expect(url.origin).toBe(base);
					expect(url.pathname === '/admin' || url.pathname.startsWith('/admin/')).toBe(true);
					expect([...result].some((c) => c.charCodeAt(0) < 0x20 || /[\s\\]/.test(c))).toBe(false);
				}
			),
			{ numRuns: 2000 }
		);
	});
});
