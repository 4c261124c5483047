import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Role } from '../db/schema';

type AccessEvent = Pick<RequestEvent, 'locals' | 'url'>;

/** Where to go after signing in: only a path on this site, never another host. */
export function safeRedirectTarget(target: string | null | undefined): string {
	if (!target || !target.startsWith('/') || target.startsWith('//') || target.includes('\\')) {
		return '/admin';
	}
	return target;
}

export function loginPath(url: URL): string {
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

/** The role a person has in an association; NNS admins act as admins of every association. */
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
