/** The language segment of a questionnaire URL: `/e/<token>/<lang>…`. */
export function participantLanguageOf(pathname: string): string | undefined {
	return /^\/e\/[^/]+\/([a-z]+)(?:\/|$)/.exec(pathname)?.[1];
}
