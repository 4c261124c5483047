import { and, desc, eq, sql } from 'drizzle-orm';
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

/**
 * Paper entry is audited as one count per round, person and day, stamped at the day's start:
 * an entry per questionnaire, with its minute, would line up with the paper forms one to one.
 * An undone entry is counted in the same line of the day, for the same reason.
 */
export async function countPaperEntry(
	db: Db,
	entry: { actor: { id: number; name: string }; forbundId: number; roundId: number; label: string },
	today: string,
	kind: 'entered' | 'undone' = 'entered'
): Promise<void> {
	await db.transaction(async (tx) => {
		const dayStart = sql`(${today}::date)::timestamp at time zone 'Europe/Stockholm'`;
		const [existing] = await tx
			.select({ id: auditLog.id, detail: auditLog.detail })
			.from(auditLog)
			.where(
				and(
					eq(auditLog.action, 'round.paperEntry'),
					eq(auditLog.actorId, entry.actor.id),
					sql`${auditLog.detail} ->> 'roundId' = ${String(entry.roundId)}`,
					sql`${auditLog.at} = ${dayStart}`
				)
			)
			.for('update');
		const count = Number(existing?.detail?.count ?? 0) + (kind === 'entered' ? 1 : 0);
		const undone = Number(existing?.detail?.undone ?? 0) + (kind === 'undone' ? 1 : 0);
		const summary =
			`Matade in ${count} ${count === 1 ? 'pappersenkät' : 'pappersenkäter'} (${entry.label}) under dagen` +
			(undone > 0 ? `; ångrade ${undone}.` : '.');
		const detail = { roundId: entry.roundId, count, ...(undone > 0 ? { undone } : {}) };
		if (existing) {
			await tx.update(auditLog).set({ summary, detail }).where(eq(auditLog.id, existing.id));
		} else {
			await tx.insert(auditLog).values({
				at: dayStart,
				actorId: entry.actor.id,
				actorName: entry.actor.name,
				forbundId: entry.forbundId,
				action: 'round.paperEntry',
				summary,
				detail
			});
		}
	});
}
