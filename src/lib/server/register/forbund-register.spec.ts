import { describe, expect, it } from 'vitest';
import { parseRegister } from './forbund-register';

describe('parseRegister', () => {
	it('reads the 78 förbund of the shipped register', () => {
		const rows = parseRegister();
		expect(rows).toHaveLength(78);
		expect(new Set(rows.map((row) => row.namn.toLowerCase())).size).toBe(78);
		expect(new Set(rows.map((row) => row.omrade))).toEqual(new Set(['nord', 'syd', 'öst', 'väst']));
	});

	it('keeps names with commas whole', () => {
		const names = parseRegister().map((row) => row.namn);
		expect(names).toContain('Huddinge, Botkyrka, Salem');
	});

	it('names the line of a row with an unknown område', () => {
		const csv = 'namn,lan,omrade\nA,Skåne,syd\nB,Skåne,mitt\n';
		expect(() => parseRegister(csv)).toThrow(/forbund\.csv rad 3/);
	});

	it('refuses a row without a name', () => {
		expect(() => parseRegister('namn,lan,omrade\n,Skåne,syd\n')).toThrow(/rad 2/);
	});
});
