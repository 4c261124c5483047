import { describe, expect, it } from 'vitest';
import { recordId, wholeNumber, year } from './form-fields';
import { shippedInstrument } from '$test/builders';
import { insatsSchema } from '../insats/insats-form';
import { roundSchema } from '../rounds/round-form';

describe('numbers from forms', () => {
	it('takes ids within PostgreSQL integer only', () => {
		expect(recordId().safeParse('2147483647').data).toBe(2147483647);
		expect(recordId().safeParse('2147483648').success).toBe(false);
		expect(recordId().safeParse('99999999999').success).toBe(false);
		expect(recordId().safeParse('0').success).toBe(false);
		expect(recordId().safeParse('1e3').success).toBe(false);
	});

	it('never takes exponent notation or decimals as a year', () => {
		expect(year('År').safeParse('2026').data).toBe(2026);
		expect(year('År').safeParse('2.026e3').success).toBe(false);
		expect(year('År').safeParse('2026.0').success).toBe(false);
		expect(year('År').safeParse(' 2026 ').data).toBe(2026);
	});

	it('says in Swedish that a whole number is wanted', () => {
		const parsed = wholeNumber('Skriv ett heltal.').safeParse('3,5');
		expect(parsed.error?.issues[0]?.message).toBe('Skriv ett heltal.');
	});
});

describe('expected respondents on a round', () => {
	const schema = roundSchema(shippedInstrument.questionnaires.find((q) => q.key === 'styrelse')!);
	const form = (expectedRespondents: string) => ({
		year: '2026',
		opensOn: '2026-03-01',
		closesOn: '2026-04-30',
		expectedRespondents,
		languages: ['sv']
	});

	it('answers "3,5" with a Swedish message, and takes empty as none', () => {
		const wrong = schema.safeParse(form('3,5'));
		expect(wrong.error?.issues.find((i) => i.path[0] === 'expectedRespondents')?.message).toBe(
			'Skriv antalet som ett heltal utan decimaler, t.ex. 40.'
		);
		expect(schema.safeParse(form('')).data?.expectedRespondents).toBeNull();
		expect(schema.safeParse(form(' 12 ')).data?.expectedRespondents).toBe(12);
	});
});

describe('a round belongs to its year', () => {
	const schema = roundSchema(shippedInstrument.questionnaires.find((q) => q.key === 'styrelse')!);
	const errorOn = (fields: Record<string, string>) =>
		schema
			.safeParse({
				year: '2026',
				opensOn: '2026-03-01',
				closesOn: '2026-04-30',
				languages: ['sv'],
				...fields
			})
			.error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`) ?? [];

	it('opens in its year and closes by 31 January of the next', () => {
		expect(errorOn({})).toEqual([]);
		expect(errorOn({ closesOn: '2027-01-31' })).toEqual([]);
		expect(errorOn({ opensOn: '2030-01-01', closesOn: '2031-01-01' })).toEqual([
			'opensOn: Omgången hör till 2026: den måste öppna under 2026.',
			'closesOn: Omgången hör till 2026: sista dagen kan vara senast 2027-01-31.'
		]);
		expect(errorOn({ opensOn: '1999-01-01' })[0]).toBe(
			'opensOn: Omgången hör till 2026: den måste öppna under 2026.'
		);
	});
});

describe('an insats’s years', () => {
	it('take an insats that started before the indicators, from 2004 when the law came', () => {
		const insats = (startYear: string) =>
			insatsSchema.safeParse({ name: 'Steget', typ: 'individ', parter: ['kommun'], startYear });
		expect(insats('2010').data?.startYear).toBe(2010);
		expect(insats('2004').success).toBe(true);
		expect(insats('2003').error?.issues[0]?.message).toBe(
			'Året måste vara 2004 eller senare: samordningsförbund finns sedan 2004.'
		);
	});
});
