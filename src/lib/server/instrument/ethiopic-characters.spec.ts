import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ethiopicFontFiles } from '../../fonts/ethiopic-font';
import { ethiopicCharacters } from './ethiopic-characters';
import { loadInstrument } from './load-instrument';

const instrument = loadInstrument('surveys');
const sets = ethiopicCharacters(instrument);

describe('the Tigrinya web font', () => {
	it('holds every Ethiopic character of the instrument (run scripts/subset-ethiopic-font.ts)', () => {
		expect(ethiopicFontFiles.map((file) => [...file.characters])).toEqual([
			sets.everywhere,
			sets.rest
		]);
	});

	it('puts what pages before a language choice show in Tigrinya into the small file', () => {
		const ti = instrument.languages.find((l) => l.code === 'ti')!;
		const shown = [...ti.name, ...instrument.phrases.ti!.codeHint!].filter((c) =>
			/[\u1200-\u137F]/u.test(c)
		);
		expect(shown.every((c) => sets.everywhere.includes(c))).toBe(true);
		expect(sets.rest.some((c) => sets.everywhere.includes(c))).toBe(false);
	});

	it('is committed under static/ as generated, with its licence beside it', () => {
		for (const file of ethiopicFontFiles) {
			const path = `static${file.url}`;
			expect(existsSync(path)).toBe(true);
			expect(statSync(path).size).toBe(file.bytes);
			expect(readFileSync(path).subarray(0, 4).toString('latin1')).toBe('wOF2');
		}
		expect(readFileSync('static/fonts/noto-sans-ethiopic-OFL.txt', 'utf8')).toContain(
			'SIL Open Font License'
		);
	});
});
