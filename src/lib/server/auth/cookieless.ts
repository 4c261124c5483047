/**
 * Paths where the session handle does nothing at all: no cookie is read, set or refreshed and
 * nothing is logged. Participants answer anonymously, so their requests must carry no session.
 * Every route in the (participant) group must fall under one of these (tested).
 */
const cookielessPrefixes = ['/e/', '/kod', '/tack', '/healthz'] as const;

export function isCookielessPath(pathname: string): boolean {
	return cookielessPrefixes.some(
		(prefix) =>
			pathname === prefix.replace(/\/$/, '') ||
			pathname.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)
	);
}
