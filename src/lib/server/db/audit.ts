import { desc, eq } from 'drizzle-orm';
import type { Db } from './connect';
import { auditLog, forbund } from './schema';

export interface AuditEntry {
	actor: { id: number; name: string };
	forbundId?: number | null;
	action: string;
	/** One Swedish sentence for the log page, e.g. "Bjöd in Anna Berg som läsare." */
	summary: string;
	detail?: Record<string, unknown>;
}

export async function recordAudit(db: Db, entry: AuditEntry, at = new Date()): Promise<void> {
	await db.insert(auditLog).values({
		at,
		actorId: entry.actor.id,
		actorName: entry.actor.name,
		forbundId: entry.forbundId ?? null,
		action: entry.action,
		summary: entry.summary,
		detail: entry.detail ?? null
	});
}

/** The newest entries; for one association when `forbundId` is given, else all of them. */
export async function listAudit(db: Db, options: { forbundId?: number; limit?: number } = {}) {
	return db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			actorName: auditLog.actorName,
			forbundName: forbund.name,
			action: auditLog.action,
			summary: auditLog.summary
		})
		.from(auditLog)
		.leftJoin(forbund, eq(forbund.id, auditLog.forbundId))
		.where(options.forbundId === undefined ? undefined : eq(auditLog.forbundId, options.forbundId))
		.orderBy(desc(auditLog.at), desc(auditLog.id))
		.limit(options.limit ?? 200);
}
