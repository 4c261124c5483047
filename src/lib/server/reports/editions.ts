import { error } from '@sveltejs/kit';
import { exportNames, type ReportContent } from '$lib/reports/types';
import type { Db } from '../db/connect';
import { findReportEdition, listReportEditions, type EditionSummary } from '../db/reports';

export interface PublishedEdition {
	content: ReportContent;
	summary: EditionSummary;
	/** Every edition of the year, oldest first. */
	editions: EditionSummary[];
}

/** A published edition for a public page, read from its snapshot; 404 when there is none. */
export async function publishedEdition(
	db: Db,
	year: number,
	edition?: number
): Promise<PublishedEdition> {
	const row = await findReportEdition(db, year, edition);
	if (!row) {
		error(
			404,
			edition === undefined
				? `Rapporten för ${year} är inte publicerad.`
				: `Utgåva ${edition} av rapporten för ${year} finns inte.`
		);
	}
	const editions = (await listReportEditions(db)).filter((e) => e.year === year);
	const summary: EditionSummary = {
		year: row.year,
		edition: row.edition,
		publishedOn: row.publishedOn,
		note: row.note,
		contentHash: row.contentHash
	};
	return { content: JSON.parse(row.content) as ReportContent, summary, editions };
}

const fileTypes: Record<string, string> = {
	[exportNames.json]: 'application/json; charset=utf-8',
	[exportNames.excel]: 'text/csv; charset=utf-8',
	[exportNames.rfc4180]: 'text/csv; charset=utf-8'
};

export function isExportName(name: string): boolean {
	return Object.hasOwn(fileTypes, name);
}

/** One export of an edition, byte for byte as stored when it was published. */
export async function editionFile(
	db: Db,
	year: number,
	name: string,
	edition?: number
): Promise<Response> {
	const row = await findReportEdition(db, year, edition);
	const body = row?.files[name];
	if (!row || body === undefined) error(404, 'Filen finns inte.');
	const download = `nns-indikatorer-${year}-utgava-${row.edition}-${name}`;
	return new Response(body, {
		headers: {
			'content-type': fileTypes[name]!,
			'content-disposition': `attachment; filename="${download}"`,
			// A named edition never changes; the latest may be followed by a correction.
			'cache-control':
				edition === undefined ? 'public, max-age=300' : 'public, max-age=31536000, immutable',
			etag: `"${row.contentHash.slice(0, 32)}-${name}"`
		}
	});
}

/**
 * The part of a report one association's pages read: its own rows and the nation's values, so
 * that its printable page does not carry the whole report.
 */
export function forbundContent(content: ReportContent, forbundId: number): ReportContent {
	return {
		...content,
		questionnaires: content.questionnaires.map((q) => ({
			...q,
			statements: [],
			comparisons: [],
			forbund: q.forbund.filter((f) => f.id === forbundId)
		}))
	};
}
