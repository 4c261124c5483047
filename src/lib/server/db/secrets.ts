import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from './connect';
import { serverSecret } from './schema';

/**
 * The named secret, drawn on first use. Two processes starting at once both try to insert; the
 * first wins and both read its value.
 */
export async function loadServerSecret(db: Db, name: string): Promise<Buffer> {
	await db
		.insert(serverSecret)
		.values({ name, secret: randomBytes(32).toString('base64url') })
		.onConflictDoNothing();
	const [row] = await db
		.select({ secret: serverSecret.secret })
		.from(serverSecret)
		.where(eq(serverSecret.name, name));
	if (!row) throw new Error(`server secret ${name} missing after insert`);
	return Buffer.from(row.secret, 'base64url');
}
