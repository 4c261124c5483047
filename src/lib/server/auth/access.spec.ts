import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './access';

describe('safeRedirectTarget', () => {
	it.each(['/admin', '/admin/forbund/3/omgangar?ar=2026', '/admin/konto#losenord'])(
		'keeps the admin page %s',
		(target) => {
			expect(safeRedirectTarget(target)).toBe(target);
		}
	);

	it.each([
		['a tab after the slash', '/\t/evil.example'],
		['a newline', '/\n/evil.example'],
		['CR and LF', '/admin\r\nSet-Cookie: x=1'],
		['an ideographic space', '/\u3000/evil.example'],
		['a protocol-relative URL', '//evil.example'],
		['a backslash', '/\\evil.example'],
		['an absolute URL', 'https://evil.example/admin'],
		['a page outside the admin area', '/e/abc'],
		['a look-alike prefix', '/administrator'],
		['dot segments out of the area', '/admin/../kod'],
		['nothing', ''],
		['null', null]
	])('sends %s to /admin', (_what, target) => {
		expect(safeRedirectTarget(target)).toBe('/admin');
	});
});
