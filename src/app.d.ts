// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Session, SessionUser } from '$lib/server/auth/session';
import type { Membership } from '$lib/server/db/users';
import type { TextDirection } from '$lib/instrument/types';
import type { PageChrome } from '$lib/page-chrome';

declare global {
	namespace App {
		interface Error {
			message: string;
			/**
			 * A participant link to a language that the round does not offer: the way back to its
			 * language choice, and the message in the language asked for when the instrument has it.
			 */
			otherLanguages?: {
				token: string;
				line?: { text: string; lang: string; dir: TextDirection };
			};
		}
		/** The signed-in person with the förbund they belong to. */
		interface User extends SessionUser {
			memberships: Membership[];
		}
		interface Locals {
			user: User | null;
			session: Session | null;
			/**
			 * Set by a participant page that renders in a language of the round: `<html lang dir>`
			 * follow it (hooks.server.ts). Unset, the page is Swedish.
			 */
			pageLanguage?: { lang: string; dir: TextDirection };
		}
		interface PageData {
			/** The site's frame in the page's language; Swedish when unset. */
			chrome?: PageChrome;
		}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
