import { createHash } from 'node:crypto';
import type { Instrument } from '$lib/instrument/types';
import { recordAudit } from '../db/audit';
import type { Db } from '../db/connect';
import { lockYear } from '../db/locked-years';
import { findReportDraft, insertReportEdition, reportEditionCells } from '../db/reports';
import type { Thresholds } from '../disclosure';
import { EditionConflict } from '../disclosure/editions';
import { compileReport, type EditionCells } from './compile';
import { editionFiles } from './exports';

export function contentHash(content: string): string {
	return createHash('sha256').update(content, 'utf8').digest('hex');
}

export interface PublishInput {
	year: number;
	/** Required for a correction: what changed since the previous edition. */
	note: string | null;
	today: string;
	actor: { id: number; name: string };
}

export type PublishResult =
	{ ok: true; edition: number } | { ok: false; reason: 'note-needed' | 'answers-changed' };

/**
 * Publishes the next edition of a year's report in one transaction: the year is locked first (so
 * no answer can arrive between the figures and the snapshot), the report compiled against the
 * earlier editions, stored whole with its exports and hash, and the publication audited.
 */
export async function publishReport(
	db: Db,
	instrument: Instrument,
	thresholds: Thresholds,
	input: PublishInput
): Promise<PublishResult> {
	try {
		return await publishInTransaction(db, instrument, thresholds, input);
	} catch (failure) {
		if (failure instanceof NotPublished) return { ok: false, reason: failure.reason };
		throw failure;
	}
}

/** Thrown inside the transaction so that nothing of a refused publication stays (the lock too). */
class NotPublished extends Error {
	constructor(readonly reason: 'note-needed' | 'answers-changed') {
		super(reason);
	}
}

async function publishInTransaction(
	db: Db,
	instrument: Instrument,
	thresholds: Thresholds,
	input: PublishInput
): Promise<PublishResult> {
	return db.transaction(async (tx) => {
		await lockYear(tx, input.year, input.today);
		const earlier = (await reportEditionCells(tx, input.year)) as EditionCells[];
		const note = input.note?.trim() || null;
		if (earlier.length > 0 && !note) throw new NotPublished('note-needed');
		const edition = earlier.length + 1;
		const compiled = await compileOrConflict(tx, instrument, thresholds, {
			year: input.year,
			texts: await findReportDraft(tx, input.year),
			earlier,
			edition,
			publishedOn: input.today,
			note: edition > 1 ? note : null
		});
		if (!compiled) throw new NotPublished('answers-changed');
		const content = JSON.stringify(compiled.content);
		const hash = contentHash(content);
		const stored = await insertReportEdition(tx, {
			year: input.year,
			publishedOn: input.today,
			note: edition > 1 ? note : null,
			content,
			contentHash: hash,
			files: editionFiles(compiled.content, {
				year: input.year,
				edition,
				publishedOn: input.today,
				contentHash: hash
			}),
			cells: compiled.cells
		});
		await recordAudit(tx, {
			actor: input.actor,
			action: 'report.publish',
			summary:
				stored === 1
					? `Publicerade den nationella rapporten för ${input.year}; året är låst.`
					: `Publicerade utgåva ${stored} av den nationella rapporten för ${input.year}.`,
			detail: { year: input.year, edition: stored, contentHash: hash }
		});
		return { ok: true, edition: stored } as const;
	});
}

/** The compiled report, or null when the answers behind an earlier edition are not all there. */
async function compileOrConflict(...args: Parameters<typeof compileReport>) {
	try {
		return await compileReport(...args);
	} catch (failure) {
		if (failure instanceof EditionConflict) return null;
		throw failure;
	}
}
