import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvMediaType, writeCsv, type CsvDialect, type CsvTable } from './write';

const bom = '\uFEFF';
const dialects: CsvDialect[] = ['excel-sv', 'rfc4180'];

/** Swedish names, a hidden figure, negative and decimal numbers, and text that needs quoting. */
const table: CsvTable = {
	header: ['Förbund', 'Indikator', 'Medelvärde', 'Förändring', 'Antal', 'Kommentar'],
	rows: [
		[
			'Samordningsförbundet Älvsborg',
			'Delaktighet',
			3.52,
			-0.4,
			1204,
			'Bra; men "kort", tyckte några\nAndra rad'
		],
		['Östra Skaraborg', 'Hälsa', null, 0.25, 7, 'Få svar']
	]
};

/** Reads a written file back the way a program would, after checking and removing the BOM. */
function parseBack(csv: string, dialect: CsvDialect): string[][] {
	const text = dialect === 'excel-sv' ? csv.slice(bom.length) : csv;
	const parsed = Papa.parse<string[]>(text, {
		delimiter: dialect === 'excel-sv' ? ';' : ',',
		newline: '\r\n',
		skipEmptyLines: true
	});
	expect(parsed.errors).toEqual([]);
	return parsed.data;
}

describe('writeCsv', () => {
	it('writes excel-sv byte for byte: BOM, semicolons, CRLF, decimal comma, `..` for hidden', () => {
		expect(writeCsv(table, 'excel-sv')).toBe(
			bom +
				'Förbund;Indikator;Medelvärde;Förändring;Antal;Kommentar\r\n' +
				'Samordningsförbundet Älvsborg;Delaktighet;3,52;-0,4;1204;"Bra; men ""kort"", tyckte några\nAndra rad"\r\n' +
				'Östra Skaraborg;Hälsa;..;0,25;7;Få svar\r\n'
		);
	});

	it('writes rfc4180 byte for byte: no BOM, commas, CRLF, decimal point, empty for hidden', () => {
		expect(writeCsv(table, 'rfc4180')).toBe(
			'Förbund,Indikator,Medelvärde,Förändring,Antal,Kommentar\r\n' +
				'Samordningsförbundet Älvsborg,Delaktighet,3.52,-0.4,1204,"Bra; men ""kort"", tyckte några\nAndra rad"\r\n' +
				'Östra Skaraborg,Hälsa,,0.25,7,Få svar\r\n'
		);
	});

	it('starts excel-sv with the UTF-8 BOM and rfc4180 with the first header byte', () => {
		const excel = Buffer.from(writeCsv(table, 'excel-sv'), 'utf8');
		const rfc = Buffer.from(writeCsv(table, 'rfc4180'), 'utf8');
		expect([...excel.subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x46]);
		expect([...rfc.subarray(0, 1)]).toEqual([0x46]);
		// å ä ö are written as UTF-8, not Latin-1.
		expect(rfc.includes(Buffer.from([0xc3, 0xb6]))).toBe(true);
		expect(rfc.includes(Buffer.from([0xf6]))).toBe(false);
	});

	it('quotes only the fields that hold the delimiter, a quote or a line break', () => {
		const cells: CsvTable = {
			header: ['a', 'b', 'c', 'd'],
			rows: [['x;y', 'x,y', 'x"y', 'x\r\ny']]
		};
		expect(writeCsv(cells, 'excel-sv')).toBe(`${bom}a;b;c;d\r\n"x;y";x,y;"x""y";"x\r\ny"\r\n`);
		expect(writeCsv(cells, 'rfc4180')).toBe(`a,b,c,d\r\nx;y,"x,y","x""y","x\r\ny"\r\n`);
	});

	it.each(dialects)('reads back with papaparse to the same values (%s)', (dialect) => {
		const excel = dialect === 'excel-sv';
		expect(parseBack(writeCsv(table, dialect), dialect)).toEqual([
			table.header,
			[
				'Samordningsförbundet Älvsborg',
				'Delaktighet',
				excel ? '3,52' : '3.52',
				excel ? '-0,4' : '-0.4',
				'1204',
				'Bra; men "kort", tyckte några\nAndra rad'
			],
			['Östra Skaraborg', 'Hälsa', excel ? '..' : '', excel ? '0,25' : '0.25', '7', 'Få svar']
		]);
	});

	describe('formula injection', () => {
		const prefixes = ['=', '+', '-', '@', '\t', '\r'];

		it.each(dialects.flatMap((dialect) => prefixes.map((prefix) => ({ dialect, prefix }))))(
			'prefixes a quote to header and body text starting with $prefix ($dialect)',
			({ dialect, prefix }) => {
				const csv = writeCsv({ header: [`${prefix}rubrik`], rows: [[`${prefix}1+1`]] }, dialect);
				expect(parseBack(csv, dialect)).toEqual([[`'${prefix}rubrik`], [`'${prefix}1+1`]]);
			}
		);

		it('writes the escaped text plainly when it needs no quoting', () => {
			const csv = writeCsv({ header: ['@a'], rows: [['=HYPERLINK("x")'], ['=1+1']] }, 'rfc4180');
			expect(csv).toBe(`'@a\r\n"'=HYPERLINK(""x"")"\r\n'=1+1\r\n`);
		});

		it('leaves text alone when the character is not first', () => {
			expect(writeCsv({ header: ['a=b'], rows: [[' =1'], ['x-y']] }, 'rfc4180')).toBe(
				'a=b\r\n" =1"\r\nx-y\r\n'
			);
		});

		it('never escapes a number, but does escape text that looks like one', () => {
			expect(writeCsv({ header: ['n'], rows: [[-0.4], [-12], ['-0,4']] }, 'excel-sv')).toBe(
				`${bom}n\r\n-0,4\r\n-12\r\n'-0,4\r\n`
			);
		});
	});

	describe('numbers', () => {
		it.each([
			[3.52, '3,52', '3.52'],
			[-0.4, '-0,4', '-0.4'],
			[1204, '1204', '1204'],
			[1234567.25, '1234567,25', '1234567.25'],
			[0, '0', '0'],
			[-0, '0', '0'],
			[-1e-7, '-0,0000001', '-0.0000001'],
			[1.5e-10, '0,00000000015', '0.00000000015'],
			[1e21, '1000000000000000000000', '1000000000000000000000'],
			[-1.25e22, '-12500000000000000000000', '-12500000000000000000000'],
			// The caller rounds; the writer keeps every digit it is given.
			[0.1 + 0.2, '0,30000000000000004', '0.30000000000000004']
		])('writes %d as %s and %s', (value, excelSv, rfc4180) => {
			const cells: CsvTable = { header: ['v'], rows: [[value]] };
			expect(writeCsv(cells, 'excel-sv')).toBe(`${bom}v\r\n${excelSv}\r\n`);
			expect(writeCsv(cells, 'rfc4180')).toBe(`v\r\n${rfc4180}\r\n`);
		});

		it.each([NaN, Infinity, -Infinity])('throws on %d rather than print it', (value) => {
			for (const dialect of dialects) {
				expect(() => writeCsv({ header: ['v'], rows: [[value]] }, dialect)).toThrow(RangeError);
			}
		});
	});

	it('throws on a row whose width differs from the header, and on a table without columns', () => {
		expect(() => writeCsv({ header: ['a', 'b'], rows: [['x']] }, 'rfc4180')).toThrow(
			'CSV row 1 has 1 cells, the header has 2'
		);
		expect(() => writeCsv({ header: [], rows: [] }, 'excel-sv')).toThrow(RangeError);
	});

	it('serves CSV as UTF-8 text', () => {
		expect(csvMediaType).toBe('text/csv; charset=utf-8');
	});
});
