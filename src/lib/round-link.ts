/** A round's link token: 24 URL-safe characters (144 random bits). */
export const roundTokenPattern = /^[A-Za-z0-9_-]{24}$/;

/** The session-storage key under which a participant's unsent answers wait. */
export function draftStorageKey(token: string, language: string): string {
	return `nns-enkat:${token}:${language}`;
}
