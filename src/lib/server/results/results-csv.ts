import type { Figure, IndicatorRow, StatementRow } from '$lib/results/types';
import { exportedFigure } from './figures';
import { writeCsv, type CsvCell } from '../csv/write';

/** Value, n and interval of a figure: hidden ones as `..` (null), no answers as empty. */
function figureCells(figure: Figure): CsvCell[] {
	const exported = exportedFigure(figure);
	if (exported === 'hidden') return [null, null, null, null];
	if (exported === 'empty') return ['', 0, '', ''];
	return [exported.value, exported.n, exported.ciLow ?? '', exported.ciHigh ?? ''];
}

function nationCell(figure: Figure): CsvCell {
	const exported = exportedFigure(figure);
	return exported === 'hidden' ? null : exported === 'empty' ? '' : exported.value;
}

/**
 * A förbund's own results as a spreadsheet: every indicator and statement with its value,
 * n and interval beside the nation's value, exactly as its results page shows them (already
 * through the disclosure module as seen from inside).
 */
export function forbundResultsCsv(
	context: { forbund: string; year: number; questionnaire: string; insats: string | null },
	results: { indicators: IndicatorRow[]; statements: StatementRow[] }
): string {
	const unit = context.insats ? `${context.forbund}, ${context.insats}` : context.forbund;
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
