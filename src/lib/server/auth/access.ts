import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Role } from '../db/schema';

type AccessEvent = Pick<RequestEvent, 'locals' | 'url'>;

const adminHome = '/admin';

/** C0 controls, DEL and every Unicode space (U+3000 included). */
function hasControlOrSpace(text: string): boolean {
	return [...text].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f' || /\s/u.test(c));
}

/**
 * Where to go after signing in: only a page of the admin area on this site. The target is parsed
 * as a browser would (`new URL` against a placeholder origin), because browsers drop tabs and
 * newlines and read `\\` as `/`, so string checks let `/\t/evil.example` through. Control and
 * unusual space characters are refused outright, so that a header never carries them.
 */
export function safeRedirectTarget(target: string | null | undefined): string {
	if (!target || target.length > 2000 || hasControlOrSpace(target) || target.includes('\\')) {
		return adminHome;
	}
	const base = 'http://sign-in.invalid';
	let url: URL;
	try {
		url = new URL(target, base);
	} catch {
		return adminHome;
	}
	if (url.origin !== base) return adminHome;
	if (url.pathname !== adminHome && !url.pathname.startsWith(`${adminHome}/`)) return adminHome;
	return url.pathname + url.search + url.hash;
}

function loginPath(url: URL): string {
	return `/logga-in?till=${encodeURIComponent(url.pathname + url.search)}`;
}

/** The signed-in person, or a redirect to the login page. */
export function requireUser(event: AccessEvent): App.User {
	const user = event.locals.user;
	if (!user) redirect(303, loginPath(event.url));
	return user;
}

export function requireNnsAdmin(event: AccessEvent): App.User {
	const user = requireUser(event);
	if (!user.isNnsAdmin) error(403, 'Bara NNS administratörer har tillgång till den här sidan.');
	return user;
}

/** The role a person has in a förbund; NNS admins act as admins of every förbund. */
export function roleIn(user: App.User, forbundId: number): Role | null {
	if (user.isNnsAdmin) return 'admin';
	return user.memberships.find((m) => m.forbundId === forbundId)?.role ?? null;
}

/** Readers may read; only admins may change anything. */
export function requireForbundRole(event: AccessEvent, forbundId: number, needed: Role): App.User {
	const user = requireUser(event);
	const role = roleIn(user, forbundId);
	if (!role || (needed === 'admin' && role !== 'admin')) {
		error(403, 'Du har inte behörighet till det här förbundet.');
	}
	return user;
}
