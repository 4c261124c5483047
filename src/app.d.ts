// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Session, SessionUser } from '$lib/server/auth/session';
import type { Membership } from '$lib/server/db/users';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		/** The signed-in person with the associations they belong to. */
		interface User extends SessionUser {
			memberships: Membership[];
		}
		interface Locals {
			user: User | null;
			session: Session | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
