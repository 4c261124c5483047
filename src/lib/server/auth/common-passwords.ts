import list from './common-passwords.txt?raw';

/** Lowercased; lines starting with # are comments. */
export const commonPasswords: ReadonlySet<string> = new Set(
	list
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('#'))
);
