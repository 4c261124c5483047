import { isHttpError, isRedirect } from '@sveltejs/kit';
import type { Membership } from '../../src/lib/server/db/users';

/** A signed-in person as hooks.server.ts puts them in `locals`. */
export function person(id: number, memberships: Membership[] = [], isNnsAdmin = false): App.User {
	return { id, email: `person${id}@example.se`, name: `Person ${id}`, isNnsAdmin, memberships };
}

/** The part of a request a guard reads: who is signed in, the URL and its parameters. */
export function guardEvent(user: App.User | null, params: Record<string, string>, path = '/admin') {
	return {
		locals: { user, session: null },
		url: new URL(`http://localhost${path}`),
		params
	};
}

/** What a guard threw: the HTTP status of an error() or a redirect(), else the error itself. */
export async function refusal(work: Promise<unknown>): Promise<number> {
	try {
		await work;
	} catch (thrown) {
		if (isHttpError(thrown) || isRedirect(thrown)) return thrown.status;
		throw thrown;
	}
	throw new Error('the guard let the request through');
}
