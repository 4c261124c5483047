import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCsv, type CsvDialect, type CsvTable } from './write';

/**
 * Opens the written files in a real spreadsheet (LibreOffice Calc, headless) with the import
 * settings a user would have, and reads back what Calc made of every cell. This proves what the
 * byte-level spec cannot: that `3,52` becomes the number 3.52 for a Swedish user, that `..` stays
 * text, and that escaped formula text is not run.
 */

const run = promisify(execFile);

/**
 * Calc's CSV import filter and its option tokens (LibreOffice help, "CSV Filter Options"):
 * field separator, text delimiter, character set, first line, column formats, language.
 * 76 is UTF-8; 1053 is sv-SE, whose decimal mark is the comma; 1033 is en-US.
 */
const csvFilter = 'Text - txt - csv (StarCalc)';
const importOptions: Record<CsvDialect, string> = {
	'excel-sv': `${csvFilter}:59,34,76,1,,1053`,
	rfc4180: `${csvFilter}:44,34,76,1,,1033`
};

const table: CsvTable = {
	header: ['Förbund', 'Medelvärde', 'Förändring', 'Antal', 'Kommentar', 'Fritext'],
	rows: [
		['Samordningsförbundet Älvsborg', 3.52, -0.4, 1204, 'Bra; men "kort",\ntyckte några', '=1+1'],
		['Östra Skaraborg', null, 0.0000001, 0, 'Få svar', '@SUMMA(A1)']
	]
};

/** What Calc made of one cell, reduced to what the test cares about. */
type CalcCell =
	{ float: string } | { text: string } | { formula: string; valueType: string | undefined } | null;

function attribute(attributes: string, name: string): string | undefined {
	return new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];
}

function decodeParagraph(xml: string): string {
	return xml
		.replace(/<text:s\/>/g, ' ')
		.replace(/<text:s text:c="(\d+)"\/>/g, (_, count: string) => ' '.repeat(Number(count)))
		.replace(/<text:tab\/>/g, '\t')
		.replace(/<text:line-break\/>/g, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
}

/**
 * Reads the cell grid of the one sheet a CSV import makes, from a flat ODS file. Calc writes a small, regular subset
 * of ODF here, so a few patterns are enough and the spec needs no XML dependency.
 */
function readSheet(fods: string): CalcCell[][] {
	const rows: CalcCell[][] = [];
	for (const [, rowXml] of fods.matchAll(
		/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g
	)) {
		const row: CalcCell[] = [];
		const cells = rowXml!.matchAll(
			/<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g
		);
		for (const [, attributes = '', content = ''] of cells) {
			const paragraphs = [...content.matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)];
			const valueType = attribute(attributes, 'office:value-type');
			const formula = attribute(attributes, 'table:formula');
			const cell: CalcCell =
				formula !== undefined
					? { formula, valueType }
					: valueType === 'float'
						? { float: attribute(attributes, 'office:value') ?? '' }
						: valueType === 'string'
							? { text: paragraphs.map(([, p]) => decodeParagraph(p!)).join('\n') }
							: null;
			// Calc may write a run of equal cells (empty ones above all) as one element with a count.
			const repeat = Number(attribute(attributes, 'table:number-columns-repeated') ?? 1);
			for (let i = 0; i < repeat; i++) row.push(cell);
		}
		rows.push(row);
	}
	return rows;
}

let workDir = '';
const sheets = new Map<string, string>();

/** Converts CSV files to flat ODS with one import filter, and checks that Calc really did it. */
async function convert(files: string[], infilter: string, profile: string): Promise<void> {
	let stdout: string;
	try {
		({ stdout } = await run(
			'soffice',
			[
				// A profile of its own, so that parallel runs and a desktop session do not collide.
				`-env:UserInstallation=${pathToFileURL(profile).href}`,
				'--headless',
				'--convert-to',
				'fods',
				`--infilter=${infilter}`,
				'--outdir',
				workDir,
				...files
			],
			// A cold start on a loaded machine is slow; a usual run of both conversions takes 2-3 s.
			{ timeout: 30_000 }
		));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			throw new Error(
				'LibreOffice is not installed: this spec needs `soffice` on PATH ' +
					'(Debian: apt-get install -y libreoffice-calc).',
				{ cause: error }
			);
		}
		throw error;
	}
	for (const file of files) {
		const fods = file.replace(/\.csv$/, '.fods');
		// soffice exits 0 even when it cannot load a file, so the report line and the output are
		// what prove a conversion.
		expect(stdout).toContain(`-> ${fods} using filter`);
		const xml = await readFile(fods, 'utf8');
		expect(xml).toContain('office:mimetype="application/vnd.oasis.opendocument.spreadsheet"');
		sheets.set(file, xml);
	}
}

function sheetOf(name: string): string {
	const xml = sheets.get(join(workDir, name));
	if (xml === undefined) throw new Error(`${name} was not converted`);
	return xml;
}

beforeAll(async () => {
	workDir = await mkdtemp(join(tmpdir(), 'csv-calc-'));
	const profile = join(tmpdir(), `lo-profile-${randomUUID()}`);
	try {
		const excel = join(workDir, 'excel-sv.csv');
		const rfc = join(workDir, 'rfc4180.csv');
		// Written by hand, not by writeCsv: an unescaped formula, to show that this import would run
		// one, so that the escaped cells below passing as text means something.
		const control = join(workDir, 'control.csv');
		await writeFile(excel, writeCsv(table, 'excel-sv'), 'utf8');
		await writeFile(rfc, writeCsv(table, 'rfc4180'), 'utf8');
		await writeFile(control, 'Fritext\r\n=1+1\r\n', 'utf8');
		// One soffice at a time: two on one profile would collide.
		await convert([excel, control], importOptions['excel-sv'], profile);
		await convert([rfc], importOptions.rfc4180, profile);
	} finally {
		await rm(profile, { recursive: true, force: true });
	}
}, 60_000);

afterAll(async () => {
	if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('CSV opened in LibreOffice Calc', () => {
	const header = table.header.map((text) => ({ text }));

	it('runs an unescaped formula from CSV (control for the tests below)', () => {
		expect(readSheet(sheetOf('control.csv'))).toEqual([
			[{ text: 'Fritext' }],
			[{ formula: 'of:=1+1', valueType: 'float' }]
		]);
	});

	it('reads excel-sv as a Swedish user: numbers, `..` as text, å ä ö, formulas as text', () => {
		const xml = sheetOf('excel-sv.csv');
		// Without the sv-SE language, `3,52` would not be the number 3.52; without `;` as the
		// separator and UTF-8, the grid and the names would differ.
		expect(readSheet(xml)).toEqual([
			header,
			[
				{ text: 'Samordningsförbundet Älvsborg' },
				{ float: '3.52' },
				{ float: '-0.4' },
				{ float: '1204' },
				{ text: 'Bra; men "kort",\ntyckte några' },
				{ text: "'=1+1" }
			],
			[
				{ text: 'Östra Skaraborg' },
				{ text: '..' },
				{ float: '0.0000001' },
				{ float: '0' },
				{ text: 'Få svar' },
				{ text: "'@SUMMA(A1)" }
			]
		]);
		expect(xml).not.toContain('table:formula');
	});

	it('reads rfc4180 with en-US: numbers, hidden figures as empty cells, formulas as text', () => {
		const xml = sheetOf('rfc4180.csv');
		expect(readSheet(xml)).toEqual([
			header,
			[
				{ text: 'Samordningsförbundet Älvsborg' },
				{ float: '3.52' },
				{ float: '-0.4' },
				{ float: '1204' },
				{ text: 'Bra; men "kort",\ntyckte några' },
				{ text: "'=1+1" }
			],
			[
				{ text: 'Östra Skaraborg' },
				null,
				{ float: '0.0000001' },
				{ float: '0' },
				{ text: 'Få svar' },
				{ text: "'@SUMMA(A1)" }
			]
		]);
		expect(xml).not.toContain('table:formula');
	});
});
