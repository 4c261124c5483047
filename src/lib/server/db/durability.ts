import type { Database } from './connect';

/**
 * Answers must survive a crash: a PostgreSQL server that acknowledges commits before they reach
 * the disk could lose submitted questionnaires. We refuse to start on such a server.
 */
export type ReadSetting = (name: 'fsync' | 'synchronous_commit') => Promise<string>;

export class UnsafeDurabilityError extends Error {
	override name = 'UnsafeDurabilityError';
}

export async function assertDurableCommits(readSetting: ReadSetting): Promise<void> {
	const problems: string[] = [];
	const fsync = (await readSetting('fsync')).trim().toLowerCase();
	if (fsync !== 'on') problems.push(`fsync = ${fsync} (måste vara on)`);
	const synchronousCommit = (await readSetting('synchronous_commit')).trim().toLowerCase();
	if (synchronousCommit === 'off') {
		problems.push(`synchronous_commit = ${synchronousCommit} (får inte vara off)`);
	}
	if (problems.length > 0) {
		throw new UnsafeDurabilityError(
			`PostgreSQL-servern kan tappa bekräftade svar vid en krasch: ${problems.join(', ')}. ` +
				'Ändra inställningen i postgresql.conf och starta om servern. Plattformen startar inte.'
		);
	}
}

/** Reads a setting from the server behind a database connection. */
export function serverSettings(database: Pick<Database, 'rows'>): ReadSetting {
	return async (name) => {
		const [row] = await database.rows<Record<string, string>>(`show ${name}`);
		return row?.[name] ?? '';
	};
}
