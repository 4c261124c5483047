import type { z } from 'zod';
import { auditKindLabels, type AuditKind } from '../../labels';
import type { AuditFilter } from '../db/audit';
import { recordId } from '../forms/form-fields';
import { isoDate } from '../rounds/round-form';

/** What the log's GET form asked for: the filter, the values to show again, and the problems. */
export interface ParsedAuditFilter {
	filter: AuditFilter;
	values: Record<string, string>;
	errors: Record<string, string>;
}

const fields: Record<string, z.ZodType> = {
	forbund: recordId('Välj ett förbund i listan.'),
	person: recordId('Välj en person i listan.'),
	fran: isoDate('Skriv datumet i formen ÅÅÅÅ-MM-DD, t.ex. 2026-03-01.'),
	till: isoDate('Skriv datumet i formen ÅÅÅÅ-MM-DD, t.ex. 2026-03-31.')
};

/**
 * Reads the log filter from the URL. Each field is read on its own: a bad one is named beside
 * its field and left out of the filter, the others still apply.
 */
export function parseAuditFilter(url: URL, options: { byForbund: boolean }): ParsedAuditFilter {
	const values: Record<string, string> = {};
	const errors: Record<string, string> = {};
	const read = (name: string) => {
		const given = url.searchParams.get(name)?.trim() ?? '';
		if (given === '') return undefined;
		values[name] = given.slice(0, 40);
		const parsed = fields[name]!.safeParse(given);
		if (!parsed.success) {
			errors[name] = parsed.error.issues[0]?.message ?? 'Ogiltigt värde.';
			return undefined;
		}
		return parsed.data as never;
	};
	const filter: AuditFilter = {
		forbundId: options.byForbund ? read('forbund') : undefined,
		actorId: read('person'),
		from: read('fran'),
		to: read('till')
	};
	const kind = url.searchParams.get('typ') ?? '';
	if (kind !== '') {
		values.typ = kind.slice(0, 40);
		if (kind in auditKindLabels) filter.kind = kind as AuditKind;
		else errors.typ = 'Välj en typ av ändring i listan.';
	}
	if (filter.from && filter.to && filter.to < filter.from) {
		errors.till = 'Slutdatumet kan inte vara före startdatumet.';
		filter.to = undefined;
	}
	return { filter, values, errors };
}
