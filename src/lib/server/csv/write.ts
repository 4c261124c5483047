import Papa from 'papaparse';

/**
 * `excel-sv` is for people: Excel and LibreOffice in a Swedish locale open it by double-click.
 * `rfc4180` is for programs (R, pandas, SCB-style pipelines) that expect the plain standard.
 */
export type CsvDialect = 'excel-sv' | 'rfc4180';
/** A cell: text, a number (formatted per dialect), or null for a hidden figure. */
export type CsvCell = string | number | null;
export interface CsvTable {
	header: string[];
	rows: CsvCell[][];
}

export const csvMediaType = 'text/csv; charset=utf-8';

interface DialectRules {
	/** Excel only reads a CSV as UTF-8 when it starts with a BOM; otherwise å ä ö turn to mojibake. */
	bom: string;
	/** Swedish Excel splits on the list separator `;`, because `,` is its decimal mark. */
	delimiter: string;
	decimalMark: string;
	/** `..` is how SCB and Kolada mark a hidden figure; a program wants an empty value instead. */
	hidden: string;
}

const dialects: Record<CsvDialect, DialectRules> = {
	'excel-sv': { bom: '\uFEFF', delimiter: ';', decimalMark: ',', hidden: '..' },
	rfc4180: { bom: '', delimiter: ',', decimalMark: '.', hidden: '' }
};

/** RFC 4180 ends records with CRLF, and Excel on Windows expects it too. */
const newline = '\r\n';

/**
 * Text that a spreadsheet could run as a formula (DDE payloads such as `=cmd|' /C calc'!A0`).
 * Cells come from user-entered names and free text, so every text cell is checked.
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * OWASP's advice for CSV injection: prefix such text with a single quote so that it stays text.
 * We prefix rather than strip or reject because the export must not silently change what a
 * respondent or administrator wrote, and a visible `'` tells the reader what happened. It is done
 * in both dialects, since a "program" file is opened in a spreadsheet sooner or later. Numbers are
 * never escaped: we write them ourselves, and `-0,4` must stay a negative number.
 */
function escapeText(text: string): string {
	return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * Writes a finite number as plain decimal digits with a point. The caller has already rounded, so
 * we keep every digit JavaScript's shortest round-trip form gives, and only spell out the exponent
 * form (`1e-7`, `1e+21`) that no spreadsheet locale reads as a number.
 */
function plainDecimal(value: number): string {
	if (!Number.isFinite(value)) {
		// NaN or Infinity here is a bug upstream; printing it would publish a wrong figure.
		throw new RangeError(`CSV cell is not a finite number: ${value}`);
	}
	// String(-0) is already '0', but say so: a rounded tiny negative must not print as `-0`.
	if (value === 0) return '0';
	const text = String(value);
	const exponential = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
	if (!exponential) return text;
	const [, sign, lead, fraction = '', exponent] = exponential;
	const digits = `${lead}${fraction}`;
	// Where the decimal point falls within `digits`.
	const point = Number(exponent) + 1;
	if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
	if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
	return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function formatCell(cell: CsvCell, rules: DialectRules): string {
	if (cell === null) return rules.hidden;
	if (typeof cell === 'number') {
		const decimal = plainDecimal(cell);
		return rules.decimalMark === '.' ? decimal : decimal.replace('.', rules.decimalMark);
	}
	return escapeText(cell);
}

/**
 * Writes an aggregate table as CSV. Quoting and quote doubling are papaparse's, which quotes a
 * field that holds the delimiter, a quote, CR or LF as RFC 4180 requires, and also one with a
 * leading or trailing space, so that readers which trim unquoted fields keep the space.
 */
export function writeCsv(table: CsvTable, dialect: CsvDialect): string {
	const rules = dialects[dialect];
	if (table.header.length === 0) throw new RangeError('CSV table has no columns');
	table.rows.forEach((row, index) => {
		// A short or long row would shift figures into the wrong column without any error.
		if (row.length !== table.header.length) {
			throw new RangeError(
				`CSV row ${index + 1} has ${row.length} cells, the header has ${table.header.length}`
			);
		}
	});
	const body = Papa.unparse(
		{
			fields: table.header.map(escapeText),
			data: table.rows.map((row) => row.map((cell) => formatCell(cell, rules)))
		},
		{
			delimiter: rules.delimiter,
			newline,
			quoteChar: '"',
			escapeChar: '"',
			// Cells are already text and already escaped; papaparse's own formula escaping would also
			// prefix our negative numbers.
			escapeFormulae: false,
			skipEmptyLines: false
		}
	);
	// Papaparse leaves the last record unterminated; tools that count lines expect a final CRLF.
	return `${rules.bom}${body}${newline}`;
}
