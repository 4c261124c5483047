import type {
	Breakdown,
	ColumnTable,
	IndicatorRow,
	RoundRow,
	ScaleView,
	StatementRow
} from '$lib/results/types';
import { localize } from '$lib/instrument/text';
import type { Instrument, Questionnaire } from '$lib/instrument/types';
import type { Db } from '../db/connect';
import { listForbund } from '../db/forbund';
import { listInsatser } from '../db/insats';
import { listRounds } from '../db/rounds';
import { indicatorSums, statementCounts, statementsInUse } from '../db/statistics';
import { disclose, type Audience, type Thresholds } from '../disclosure';
import { responseRate } from '../statistics';
import { plainDiscloser } from './discloser';
import { changeBetween, figureOf, noPayload, shownSums, type ScaleInfo } from './figures';
import { buildGroupTable, cellKeys, type GroupSums, type RegisterEntry } from './group-tables';
import { statementRows } from './statement-rows';
import { indicatorGroups, measureKey } from './measures';

export interface ForbundResultsQuery {
	forbundId: number;
	year: number;
	questionnaire: Questionnaire;
	/** One insats of the förbund, or all of them. */
	insatsId: number | null;
	perInsats: boolean;
}

export interface ForbundResults {
	scale: ScaleView;
	years: number[];
	indicators: IndicatorRow[];
	statements: StatementRow[];
	insatser: ColumnTable | null;
	breakdowns: Breakdown[];
	rounds: RoundRow[];
	/** Respondents behind the förbund's figures this year, when shown. */
	hasAnswers: boolean;
}

/** How many earlier years the trend shows beside the chosen one. */
const trendYears = 2;

/**
 * A förbund's results for one questionnaire and year, seen from inside the förbund:
 * its own figures (from the inside threshold), its insatser and background groups (each a
 * table of the disclosure module, with the nation and every other förbund in it, so that no
 * subtraction across them gives a hidden cell away), beside the nation and its own earlier years.
 */
export async function forbundResults(
	db: Db,
	instrument: Instrument,
	thresholds: Thresholds,
	query: ForbundResultsQuery
): Promise<ForbundResults> {
	const { forbundId, year, questionnaire } = query;
	const years = Array.from({ length: trendYears + 1 }, (_, i) => year - trendYears + i);
	const audience: Audience = { kind: 'inside', forbundId };
	const register = await registerMap(db);
	const statements = await statementsInUse(db, { questionnaireKey: questionnaire.key });
	const scaleByStatement = new Map(statements.map((s) => [s.statementKey, s.scale]));
	const scale = questionnaireScale(instrument, questionnaire, statements[0]?.scale);
	const filter = { questionnaireKey: questionnaire.key, years };

	const [indicatorRows, statementAnswers, insatser, rounds] = await Promise.all([
		indicatorSums(db, filter),
		statementCounts(db, { ...filter, years: [year] }),
		listInsatser(db, forbundId),
		listRounds(db, forbundId)
	]);
	const breakdownRows = await Promise.all(
		questionnaire.background.map(async (question) => ({
			question,
			rows: indicatorGroups(
				await indicatorSums(db, {
					...filter,
					years: [year],
					forbundId,
					backgroundKey: question.key
				})
			)
		}))
	);
	const indicatorsByMeasure = indicatorGroups(indicatorRows);
	const ownKey = query.insatsId ? cellKeys.insats(query.insatsId) : cellKeys.forbund(forbundId);

	const codes = indicatorCodes(instrument, questionnaire);
	const insatserInYear = insatser.filter((i) =>
		indicatorRows.some((r) => r.insatsId === i.id && r.year === year)
	);
	const insatsCells: ColumnTable['rows'] = [];
	const breakdownCells = new Map<string, ColumnTable['rows']>();

	const indicators: IndicatorRow[] = codes.map((code) => {
		const name = indicatorName(instrument, code);
		const trend = years.map((y) => {
			const table = disclose(
				buildGroupTable(
					indicatorsByMeasure.get(measureKey(code, y)) ?? [],
					register,
					noPayload,
					scale,
					{
						forbundId,
						insatser: query.perInsats,
						breakdowns:
							y === year
								? breakdownRows.map(({ question, rows }) => ({
										question: question.key,
										rows: showableBreakdown(rows.get(measureKey(code, y)) ?? [], thresholds)
									}))
								: []
					}
				),
				audience,
				thresholds
			);
			return { year: y, table };
		});
		const current = trend[trend.length - 1]!.table;
		const previous = trend[trend.length - 2]?.table;
		insatsCells.push({
			code,
			name,
			cells: insatserInYear.map((i) => figureOf(current, cellKeys.insats(i.id), scale))
		});
		for (const question of questionnaire.background) {
			const rows = breakdownCells.get(question.key) ?? [];
			rows.push({
				code,
				name,
				cells: breakdownColumns(questionnaire, question.key).map((option) =>
					figureOf(current, cellKeys.group(forbundId, question.key, option.key), scale)
				)
			});
			breakdownCells.set(question.key, rows);
		}
		return {
			code,
			name,
			own: figureOf(current, ownKey, scale),
			nation: figureOf(current, cellKeys.nation, scale),
			trend: trend.map(({ year: y, table }) => ({
				year: y,
				figure: figureOf(table, ownKey, scale)
			})),
			change: previous
				? changeBetween(shownSums(previous, ownKey), shownSums(current, ownKey))
				: null
		};
	});

	const statementList = statementRows(statementAnswers, {
		questionnaire,
		year,
		register,
		scaleOf: (key) => scaleByStatement.get(key) ?? scale,
		discloseTable: plainDiscloser(audience, thresholds),
		ownKey,
		closeUp: { forbundId, insatser: query.perInsats }
	});

	const breakdowns: Breakdown[] = questionnaire.background.map((question) => {
		const columns = breakdownColumns(questionnaire, question.key);
		const rows = breakdownCells.get(question.key) ?? [];
		// Shown when some indicator has answers in the breakdown and none of its groups is hidden.
		const shown = rows.some(
			(row) =>
				row.cells.every((cell) => !cell.hidden) && row.cells.some((c) => !c.hidden && c.n > 0)
		);
		return {
			key: question.key,
			label: localize(question.label, 'sv'),
			shown: shown && query.insatsId === null,
			table: shown && query.insatsId === null ? { columns, rows } : null
		};
	});

	return {
		scale,
		years,
		indicators,
		statements: statementList,
		insatser:
			query.perInsats && query.insatsId === null && insatserInYear.length > 0
				? {
						columns: insatserInYear.map((i) => ({ key: String(i.id), label: i.name })),
						rows: insatsCells
					}
				: null,
		breakdowns,
		rounds: rounds
			.filter(
				(r) =>
					r.year === year &&
					r.questionnaireKey === questionnaire.key &&
					(query.insatsId === null ||
						r.insatsName === insatser.find((i) => i.id === query.insatsId)?.name)
			)
			.map((r) => ({
				id: r.id,
				insatsName: r.insatsName,
				opensOn: r.opensOn,
				closesOn: r.closesOn,
				responses: r.responses,
				expected: r.expectedRespondents,
				responseRate: responseRate(r.responses, r.expectedRespondents)
			})),
		hasAnswers: indicatorRows.some((r) => r.forbundId === forbundId && r.year === year)
	};
}

/**
 * A breakdown enters the table only when every group (the unanswered included) reaches the
 * breakdown threshold; otherwise it is left out whole. Put in with its groups hidden, the groups
 * would still be cells of an equation with the förbund's total, and a total near an end of
 * the scale would then have to be hidden to keep them vague: a förbund would lose its own
 * result for a breakdown nobody sees. Left out, the page says only that some group is too small.
 */
function showableBreakdown<P>(rows: GroupSums<P>[], thresholds: Thresholds): GroupSums<P>[] {
	const groups = rows.filter((row) => row.sums.n > 0);
	return groups.every((row) => row.sums.n >= thresholds.breakdown) ? groups : [];
}

export async function registerMap(db: Db): Promise<Map<number, RegisterEntry>> {
	const rows = await listForbund(db);
	return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, lan: r.lan, omrade: r.omrade }]));
}

/** The indicators a questionnaire measures, in the instrument's order. */
export function indicatorCodes(instrument: Instrument, questionnaire: Questionnaire): string[] {
	const used = new Set(questionnaire.statements.map((s) => s.indicator));
	return instrument.indicators.map((i) => i.code).filter((code) => used.has(code));
}

export function indicatorName(instrument: Instrument, code: string): string {
	const indicator = instrument.indicators.find((i) => i.code === code);
	return indicator ? localize(indicator.name, 'sv') : code;
}

/** The groups of a background question, with the unanswered as a group of its own. */
function breakdownColumns(questionnaire: Questionnaire, key: string) {
	const question = questionnaire.background.find((q) => q.key === key);
	return [
		...(question?.options ?? []).map((o) => ({ key: o.key, label: localize(o.label, 'sv') })),
		{ key: '', label: 'Ej svar' }
	];
}

export function questionnaireScale(
	instrument: Instrument,
	questionnaire: Questionnaire,
	stored?: ScaleInfo
): ScaleView {
	const scale = instrument.scales.find((s) => s.key === questionnaire.scale);
	return {
		min: stored?.min ?? scale?.min ?? 1,
		max: stored?.max ?? scale?.max ?? 7,
		positiveFrom: stored?.positiveFrom ?? scale?.positiveFrom ?? 5,
		minLabel: scale ? localize(scale.labels.min, 'sv') : '',
		maxLabel: scale ? localize(scale.labels.max, 'sv') : ''
	};
}
