/**
 * The participant path: pages that must set no cookie, log nothing and read no session,
 * because nothing may point from an answer to a person.
 */
export function isParticipantPath(pathname: string): boolean {
	return pathname === '/kod' || pathname.startsWith('/kod/') || pathname.startsWith('/e/');
}

/** The language segment of a questionnaire URL: `/e/<token>/<lang>…`. */
export function participantLanguageOf(pathname: string): string | undefined {
	return /^\/e\/[^/]+\/([a-z]+)(?:\/|$)/.exec(pathname)?.[1];
}
