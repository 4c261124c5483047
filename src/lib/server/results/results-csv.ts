import type { Figure, IndicatorRow, StatementRow } from '$lib/results/types';
import { writeCsv, type CsvCell } from '../csv/write';

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Value, n and interval of a figure: hidden ones as `..` (null), no answers as empty. */
function figureCells(figure: Figure): CsvCell[] {
	if (figure.hidden) return [null, null, null, null];
	if (figure.n === 0 || figure.mean === null) return ['', 0, '', ''];
	return [
		round2(figure.mean),
		figure.n,
		figure.ci ? round2(figure.ci.low) : '',
		figure.ci ? round2(figure.ci.high) : ''
	];
}

function nationCell(figure: Figure): CsvCell {
	if (figure.hidden) return null;
	return figure.mean === null ? '' : round2(figure.mean);
}

/**
 * An association's own results as a spreadsheet: every indicator and statement with its value,
 * n and interval beside the nation's value, exactly as its results page shows them (already
 * through the disclosure module as seen from inside).
 */
export function associationResultsCsv(
	context: { forbund: string; year: number; questionnaire: string; programme: string | null },
	results: { indicators: IndicatorRow[]; statements: StatementRow[] }
): string {
	const unit = context.programme ? `${context.forbund}, ${context.programme}` : context.forbund;
	const rows: CsvCell[][] = [
		...results.indicators.map((i) => [
			context.year,
			context.questionnaire,
			unit,
			'Indikator',
			i.code,
			i.name,
			...figureCells(i.own),
			nationCell(i.nation)
		]),
		...results.statements.map((s) => [
			context.year,
			context.questionnaire,
			unit,
			'Påstående',
			s.key,
			s.text,
			...figureCells(s.own),
			nationCell(s.nation)
		])
	];
	return writeCsv(
		{
			header: [
				'År',
				'Enkät',
				'Enhet',
				'Typ',
				'Kod',
				'Namn',
				'Värde',
				'Antal svar',
				'KI låg',
				'KI hög',
				'Riket'
			],
			rows
		},
		'excel-sv'
	);
}
