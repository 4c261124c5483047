import { describe, expect, it } from 'vitest';
import { parseAuditFilter } from './audit-filter';

const parse = (query: string, byForbund = true) =>
	parseAuditFilter(new URL(`http://x/admin/logg?${query}`), { byForbund });

describe('the audit log filter', () => {
	it('reads förbund, person, kind and dates', () => {
		expect(parse('forbund=3&person=7&typ=round&fran=2026-03-01&till=2026-03-31').filter).toEqual({
			forbundId: 3,
			actorId: 7,
			kind: 'round',
			from: '2026-03-01',
			to: '2026-03-31'
		});
		expect(parse('').filter).toEqual({});
	});

	it('names a bad field in Swedish and leaves only it out', () => {
		const parsed = parse('person=7&fran=i%20går&typ=drop&till=2026-02-30');
		expect(parsed.filter).toEqual({ actorId: 7 });
		expect(parsed.errors).toEqual({
			fran: 'Skriv datumet i formen ÅÅÅÅ-MM-DD, t.ex. 2026-03-01.',
			till: 'Skriv datumet i formen ÅÅÅÅ-MM-DD, t.ex. 2026-03-31.',
			typ: 'Välj en typ av ändring i listan.'
		});
		expect(parse('fran=2026-03-02&till=2026-03-01').errors.till).toBe(
			'Slutdatumet kan inte vara före startdatumet.'
		);
	});

	it('ignores the förbund where the page is one förbund’s own', () => {
		expect(parse('forbund=3', false).filter.forbundId).toBeUndefined();
	});
});
