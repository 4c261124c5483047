import { error } from '@sveltejs/kit';
import { exportNames, type ReportContent } from '$lib/reports/types';
import type { Db } from '../db/connect';
import {
	findReportEdition,
	findReportEditionFile,
	findReportEditionSummary,
	listReportEditions,
	type EditionSummary
} from '../db/reports';

export interface PublishedEdition {
	content: ReportContent;
	summary: EditionSummary;
	/** Every edition of the year, oldest first. */
	editions: EditionSummary[];
}

/**
 * Parsed editions by content hash. An edition never changes, so an entry never goes stale; the
 * cache only spares a page view reading and parsing the whole report again.
 */
const parsed = new Map<string, ReportContent>();
const parsedLimit = 16;

async function editionContent(db: Db, summary: EditionSummary): Promise<ReportContent> {
	const cached = parsed.get(summary.contentHash);
	if (cached) return cached;
	const row = await findReportEdition(db, summary.year, summary.edition);
	const content = JSON.parse(row!.content) as ReportContent;
	if (parsed.size >= parsedLimit) parsed.delete(parsed.keys().next().value!);
	parsed.set(summary.contentHash, content);
	return content;
}

/** A published edition for a public page, read from its snapshot; 404 when there is none. */
export async function publishedEdition(
	db: Db,
	year: number,
	edition?: number
): Promise<PublishedEdition> {
	const row = await findReportEditionSummary(db, year, edition);
	if (!row) {
		error(
			404,
			edition === undefined
				? `Rapporten för ${year} är inte publicerad.`
				: `Utgåva ${edition} av rapporten för ${year} finns inte.`
		);
	}
	const editions = await listReportEditions(db, year);
	const content = await editionContent(db, row);
	return { content, summary: row, editions };
}

const fileTypes: Record<string, string> = {
	[exportNames.json]: 'application/json; charset=utf-8',
	[exportNames.excel]: 'text/csv; charset=utf-8',
	[exportNames.rfc4180]: 'text/csv; charset=utf-8'
};

/** One export of an edition, byte for byte as stored when it was published. */
export async function editionFile(
	db: Db,
	year: number,
	name: string,
	edition?: number
): Promise<Response> {
	const row = await findReportEditionFile(db, year, name, edition);
	const body = row?.body;
	if (!row || body === null || body === undefined) error(404, 'Filen finns inte.');
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
 * The part of a report one förbund's pages read: its own rows and the nation's values, so
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
