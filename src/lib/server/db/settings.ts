import { eq } from 'drizzle-orm';
import type { Db } from './connect';
import { platformSettings } from './schema';

export interface Settings {
	/** Smallest group shown outside the förbund. */
	disclosureOutside: number;
	/** Smallest group shown to the förbund itself. */
	disclosureInside: number;
}

/** The brief's defaults, used until NNS changes them. */
const defaultSettings: Settings = { disclosureOutside: 5, disclosureInside: 3 };

export async function getSettings(db: Db): Promise<Settings> {
	const [row] = await db
		.select({
			disclosureOutside: platformSettings.disclosureOutside,
			disclosureInside: platformSettings.disclosureInside
		})
		.from(platformSettings)
		.where(eq(platformSettings.id, 1));
	return row ?? { ...defaultSettings };
}

export async function saveSettings(db: Db, settings: Settings): Promise<void> {
	await db
		.insert(platformSettings)
		.values({ id: 1, ...settings })
		.onConflictDoUpdate({ target: platformSettings.id, set: settings });
}
