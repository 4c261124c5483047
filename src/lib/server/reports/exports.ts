import type { Figure } from '$lib/results/types';
import { exportNames, type ReportContent } from '$lib/reports/types';
import { exportedFigure } from '../results/figures';
import { writeCsv, type CsvCell, type CsvDialect } from '../csv/write';

export type UnitType = 'riket' | 'omrade' | 'lan' | 'forbund';

/**
 * One figure of the open data, in the shape municipal users know from Kolada: one object per
 * indicator × unit × year. A hidden figure has `status: "hidden"` and no value, n or interval.
 */
export interface OpenDataValue {
	questionnaire: string;
	indicator: string;
	indicator_name: string;
	unit_type: UnitType;
	unit_id: string;
	unit_name: string;
	period: number;
	value: number | null;
	n: number | null;
	ci_low: number | null;
	ci_high: number | null;
	status: 'hidden' | null;
}

function valueOf(
	base: Omit<OpenDataValue, 'value' | 'n' | 'ci_low' | 'ci_high' | 'status'>,
	figure: Figure
): OpenDataValue | null {
	const exported = exportedFigure(figure);
	if (exported === 'hidden') {
		return { ...base, value: null, n: null, ci_low: null, ci_high: null, status: 'hidden' };
	}
	// No answers at all: nothing to report, and nothing hidden either.
	if (exported === 'empty') return null;
	return {
		...base,
		value: exported.value,
		n: exported.n,
		ci_low: exported.ciLow,
		ci_high: exported.ciHigh,
		status: null
	};
}

/** Every indicator figure of the report: the nation and each förbund over the trend years,
 * områden and län in the report's year. */
export function openDataValues(content: ReportContent): OpenDataValue[] {
	const values: OpenDataValue[] = [];
	const names = new Map(content.participation.forbund.map((f) => [f.id, f.name]));
	for (const q of content.questionnaires) {
		for (const indicator of q.indicators) {
			const base = {
				questionnaire: q.key,
				indicator: indicator.code,
				indicator_name: indicator.name
			};
			const push = (value: OpenDataValue | null) => {
				if (value) values.push(value);
			};
			for (const { year, figure } of indicator.trend) {
				push(
					valueOf(
						{ ...base, unit_type: 'riket', unit_id: 'riket', unit_name: 'Riket', period: year },
						figure
					)
				);
			}
			const comparison = q.comparisons.find((c) => c.code === indicator.code);
			for (const o of comparison?.omraden ?? []) {
				push(
					valueOf(
						{
							...base,
							unit_type: 'omrade',
							unit_id: o.key,
							unit_name: o.name,
							period: content.year
						},
						o.figure
					)
				);
			}
			for (const l of comparison?.lan ?? []) {
				push(
					valueOf(
						{ ...base, unit_type: 'lan', unit_id: l.key, unit_name: l.name, period: content.year },
						l.figure
					)
				);
			}
			for (const f of q.forbund) {
				const own = f.indicators.find((i) => i.code === indicator.code);
				for (const { year, figure } of own?.trend ?? []) {
					push(
						valueOf(
							{
								...base,
								unit_type: 'forbund',
								unit_id: String(f.id),
								unit_name: names.get(f.id) ?? String(f.id),
								period: year
							},
							figure
						)
					);
				}
			}
		}
	}
	return values;
}

export interface EditionMeta {
	year: number;
	edition: number;
	publishedOn: string;
	contentHash: string;
}

/** The open-data JSON of an edition: what it is, then its values. */
function openDataJson(content: ReportContent, meta: EditionMeta): string {
	return JSON.stringify(
		{
			schema: '/rapporter/oppna-data',
			report: {
				year: meta.year,
				edition: meta.edition,
				published_on: meta.publishedOn,
				content_sha256: meta.contentHash,
				threshold: content.method.threshold
			},
			values: openDataValues(content)
		},
		null,
		1
	);
}

const unitTypeLabels: Record<UnitType, string> = {
	riket: 'Riket',
	omrade: 'Område',
	lan: 'Län',
	forbund: 'Förbund'
};

/** The aggregate CSV of an edition: Swedish headers for Excel, the JSON's names for machines. */
function aggregateCsv(content: ReportContent, dialect: CsvDialect): string {
	const values = openDataValues(content);
	if (dialect === 'excel-sv') {
		return writeCsv(
			{
				header: [
					'År',
					'Enkät',
					'Indikator',
					'Indikatorns namn',
					'Enhetstyp',
					'Enhet',
					'Värde',
					'Antal svar',
					'KI låg',
					'KI hög'
				],
				rows: values.map((v): CsvCell[] => [
					v.period,
					v.questionnaire,
					v.indicator,
					v.indicator_name,
					unitTypeLabels[v.unit_type],
					v.unit_name,
					v.value,
					v.n,
					v.ci_low,
					v.ci_high
				])
			},
			dialect
		);
	}
	return writeCsv(
		{
			header: [
				'period',
				'questionnaire',
				'indicator',
				'indicator_name',
				'unit_type',
				'unit_id',
				'unit_name',
				'value',
				'n',
				'ci_low',
				'ci_high',
				'status'
			],
			rows: values.map((v): CsvCell[] => [
				v.period,
				v.questionnaire,
				v.indicator,
				v.indicator_name,
				v.unit_type,
				v.unit_id,
				v.unit_name,
				v.value,
				v.n,
				v.ci_low,
				v.ci_high,
				v.status ?? ''
			])
		},
		dialect
	);
}

/** Every export of an edition, written once at publication and served as stored. */
export function editionFiles(content: ReportContent, meta: EditionMeta): Record<string, string> {
	return {
		[exportNames.json]: openDataJson(content, meta),
		[exportNames.excel]: aggregateCsv(content, 'excel-sv'),
		[exportNames.rfc4180]: aggregateCsv(content, 'rfc4180')
	};
}
