import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCookielessPath } from './cookieless';

/** Every URL path of the (participant) group, with a sample value for each parameter. */
function participantPaths(dir = 'src/routes/(participant)', prefix = ''): string[] {
	let entries: string[];
	try {
		entries = readdirSync(dir);
	} catch {
		return [];
	}
	const paths = entries.some((e) => /^\+(page|server)\./.test(e)) ? [prefix || '/'] : [];
	for (const entry of entries) {
		if (!statSync(join(dir, entry)).isDirectory()) continue;
		const segment = /^\(.*\)$/.test(entry) ? '' : `/${entry.replace(/^\[.*\]$/, 'x1')}`;
		paths.push(...participantPaths(join(dir, entry), prefix + segment));
	}
	return paths;
}

describe('paths without cookies', () => {
	it.each(['/e/abc123', '/e', '/kod', '/kod/ABCD', '/tack', '/healthz'])(
		'%s is cookieless',
		(p) => {
			expect(isCookielessPath(p)).toBe(true);
		}
	);

	it.each(['/', '/admin', '/logga-in', '/kodning', '/forbund', '/editor'])(
		'%s carries the session',
		(p) => {
			expect(isCookielessPath(p)).toBe(false);
		}
	);

	it('covers every route of the (participant) group', () => {
		const uncovered = participantPaths().filter((p) => !isCookielessPath(p));
		expect(uncovered).toEqual([]);
	});
});
