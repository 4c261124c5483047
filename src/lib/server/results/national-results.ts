import type {
	Change,
	Figure,
	IndicatorRow,
	ScaleView,
	StatementRow,
	UnitFigure,
	YearFigure
} from '$lib/results/types';
import type { Instrument, Questionnaire } from '$lib/instrument/types';
import { omradeLabels } from '$lib/labels';
import type { Db } from '../db/connect';
import { indicatorSums, statementCounts, statementsInUse } from '../db/statistics';
import type { Thresholds } from '../disclosure';
import { indicatorCodes, indicatorName, questionnaireScale, registerMap } from './forbund-results';
import { plainDiscloser, type TableDiscloser } from './discloser';
import { changeBetween, figureOf, noPayload, shownSums } from './figures';
import { buildGroupTable, cellKeys } from './group-tables';
import { statementRows } from './statement-rows';
import { indicatorGroups, measureKey } from './measures';

export interface IndicatorComparison {
	code: string;
	name: string;
	nation: Figure;
	omraden: UnitFigure[];
	lan: UnitFigure[];
	/** Shown förbund by value, highest first; then the hidden ones by name. */
	forbund: UnitFigure[];
	/** Each förbund's own trend and change, when asked for (the report's förbund pages). */
	trends?: Record<number, { trend: YearFigure[]; change: Change | null }>;
}

export interface NationalOptions {
	/** How each table is disclosed; the report adds its earlier editions. Outside by default. */
	discloseTable?: TableDiscloser;
	/** Also each förbund's trend over the years (from the same disclosed tables). */
	forbundTrends?: boolean;
}

export interface NationalResults {
	scale: ScaleView;
	years: number[];
	indicators: IndicatorRow[];
	statements: StatementRow[];
	comparisons: IndicatorComparison[];
	/** Förbund with answers to this questionnaire this year. */
	forbundCount: number;
}

/**
 * The nation's results for one questionnaire and year, as seen from outside every förbund:
 * the national value beside earlier years, and the comparison by område, län and förbund.
 */
export async function nationalResults(
	db: Db,
	instrument: Instrument,
	thresholds: Thresholds,
	query: { year: number; questionnaire: Questionnaire },
	options: NationalOptions = {}
): Promise<NationalResults> {
	const { year, questionnaire } = query;
	const years = [year - 2, year - 1, year];
	const register = await registerMap(db);
	const statements = await statementsInUse(db, { questionnaireKey: questionnaire.key });
	const scaleByStatement = new Map(statements.map((s) => [s.statementKey, s.scale]));
	const scale = questionnaireScale(instrument, questionnaire, statements[0]?.scale);
	const [indicatorRows, statementAnswers] = await Promise.all([
		indicatorSums(db, { questionnaireKey: questionnaire.key, years }),
		statementCounts(db, { questionnaireKey: questionnaire.key, years: [year] })
	]);
	const groups = indicatorGroups(indicatorRows);
	const outside = { kind: 'outside' } as const;
	const discloseTable = options.discloseTable ?? plainDiscloser(outside, thresholds);

	const indicators: IndicatorRow[] = [];
	const comparisons: IndicatorComparison[] = [];
	for (const code of indicatorCodes(instrument, questionnaire)) {
		const name = indicatorName(instrument, code);
		const tables = years.map((y) =>
			discloseTable(
				`${questionnaire.key}:${code}:${y}`,
				buildGroupTable(groups.get(measureKey(code, y)) ?? [], register, noPayload, scale),
				null
			)
		);
		const current = tables[tables.length - 1]!;
		const previous = tables[tables.length - 2]!;
		indicators.push({
			code,
			name,
			own: figureOf(current, cellKeys.nation, scale),
			nation: figureOf(current, cellKeys.nation, scale),
			trend: years.map((y, i) => ({
				year: y,
				figure: figureOf(tables[i]!, cellKeys.nation, scale)
			})),
			change: changeBetween(
				shownSums(previous, cellKeys.nation),
				shownSums(current, cellKeys.nation)
			)
		});
		const present = [...register.values()].filter((entry) =>
			current.cell(cellKeys.forbund(entry.id))
		);
		const omraden = [...new Set(present.map((e) => e.omrade))].sort();
		const lan = [...new Set(present.map((e) => e.lan))].sort((a, b) => a.localeCompare(b, 'sv'));
		comparisons.push({
			code,
			name,
			nation: figureOf(current, cellKeys.nation, scale),
			omraden: omraden.map((o) => ({
				key: o,
				name: omradeLabels[o as keyof typeof omradeLabels] ?? o,
				figure: figureOf(current, cellKeys.omrade(o), scale)
			})),
			lan: lan.map((l) => ({ key: l, name: l, figure: figureOf(current, cellKeys.lan(l), scale) })),
			forbund: sortForComparison(
				present.map((e) => ({
					key: String(e.id),
					name: e.name,
					figure: figureOf(current, cellKeys.forbund(e.id), scale)
				}))
			),
			...(options.forbundTrends && {
				trends: Object.fromEntries(
					present.map((e) => {
						const key = cellKeys.forbund(e.id);
						return [
							e.id,
							{
								trend: years.map((y, i) => ({ year: y, figure: figureOf(tables[i]!, key, scale) })),
								change: changeBetween(shownSums(previous, key), shownSums(current, key))
							}
						];
					})
				)
			})
		});
	}

	const statementList = statementRows(statementAnswers, {
		questionnaire,
		year,
		register,
		scaleOf: (key) => scaleByStatement.get(key) ?? scale,
		discloseTable,
		ownKey: cellKeys.nation
	});

	return {
		scale,
		years,
		indicators,
		statements: statementList,
		comparisons,
		forbundCount: new Set(indicatorRows.filter((r) => r.year === year).map((r) => r.forbundId)).size
	};
}

/**
 * Shown units by value, highest first; hidden ones after them in name order, so that a sort
 * position never tells where a hidden value lies.
 */
function sortForComparison(units: UnitFigure[]): UnitFigure[] {
	const value = (u: UnitFigure) => (u.figure.hidden ? null : u.figure.mean);
	const shown = units.filter((u) => value(u) !== null);
	const rest = units.filter((u) => value(u) === null);
	shown.sort((a, b) => value(b)! - value(a)! || a.name.localeCompare(b.name, 'sv'));
	rest.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
	return [...shown, ...rest];
}
