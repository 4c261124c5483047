import { and, asc, desc, eq, isNotNull, like, ne, sql, type SQL } from 'drizzle-orm';
import type { AuditKind } from '../../labels';
import type { Db } from './connect';
import { auditLog, forbund, round } from './schema';

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

export interface AuditFilter {
	forbundId?: number;
	actorId?: number;
	kind?: AuditKind;
	/** First and last day, `YYYY-MM-DD`, in Swedish time. */
	from?: string;
	to?: string;
	limit?: number;
}

function kindCondition(kind: AuditKind): SQL {
	if (kind === 'paper') return eq(auditLog.action, 'round.paperEntry');
	if (kind === 'round') {
		return and(like(auditLog.action, 'round.%'), ne(auditLog.action, 'round.paperEntry'))!;
	}
	return like(auditLog.action, `${kind}.%`);
}

function filterConditions(filter: AuditFilter): SQL | undefined {
	return and(
		filter.forbundId === undefined ? undefined : eq(auditLog.forbundId, filter.forbundId),
		filter.actorId === undefined ? undefined : eq(auditLog.actorId, filter.actorId),
		filter.kind === undefined ? undefined : kindCondition(filter.kind),
		filter.from === undefined
			? undefined
			: sql`${auditLog.at} >= (${filter.from}::date)::timestamp at time zone 'Europe/Stockholm'`,
		filter.to === undefined
			? undefined
			: sql`${auditLog.at} < (${filter.to}::date + 1)::timestamp at time zone 'Europe/Stockholm'`
	);
}

/**
 * The newest entries matching a filter (one förbund, a person, a kind, a date range), each
 * with the round it concerns while that round still exists, for a link.
 */
export async function listAudit(db: Db, filter: AuditFilter = {}) {
	return (
		db
			.select({
				id: auditLog.id,
				at: auditLog.at,
				actorName: auditLog.actorName,
				forbundId: auditLog.forbundId,
				forbundName: forbund.name,
				action: auditLog.action,
				summary: auditLog.summary,
				roundId: round.id
			})
			.from(auditLog)
			.leftJoin(forbund, eq(forbund.id, auditLog.forbundId))
			// Compared as text: `detail` is free-form JSON, and a cast could fail on an odd entry.
			.leftJoin(
				round,
				and(
					sql`${round.id}::text = ${auditLog.detail} ->> 'roundId'`,
					eq(round.forbundId, auditLog.forbundId)
				)
			)
			.where(filterConditions(filter))
			.orderBy(desc(auditLog.at), desc(auditLog.id))
			.limit(filter.limit ?? 200)
	);
}

/** The people who appear in the log (of one förbund when given), for the filter. */
export async function listAuditActors(db: Db, forbundId?: number) {
	return db
		.selectDistinct({ id: auditLog.actorId, name: auditLog.actorName })
		.from(auditLog)
		.where(
			and(
				isNotNull(auditLog.actorId),
				forbundId === undefined ? undefined : eq(auditLog.forbundId, forbundId)
			)
		)
		.orderBy(asc(auditLog.actorName));
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
