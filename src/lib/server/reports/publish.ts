import { createHash } from 'node:crypto';
import type { Instrument } from '$lib/instrument/types';
import { recordAudit } from '../db/audit';
import type { Db } from '../db/connect';
import { lockYear } from '../db/locked-years';
import { findReportDraft, insertReportEdition, reportEditionCells } from '../db/reports';
import type { Thresholds } from '../disclosure';
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

export type PublishResult = { ok: true; edition: number } | { ok: false; reason: 'note-needed' };

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
	return db.transaction(async (tx) => {
		await lockYear(tx, input.year, input.today);
		const earlier = (await reportEditionCells(tx, input.year)) as EditionCells[];
		const note = input.note?.trim() || null;
		if (earlier.length > 0 && !note) return { ok: false, reason: 'note-needed' } as const;
		const edition = earlier.length + 1;
		const compiled = await compileReport(tx, instrument, thresholds, {
			year: input.year,
			texts: await findReportDraft(tx, input.year),
			earlier,
			edition,
			publishedOn: input.today,
			note: edition > 1 ? note : null
		});
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
