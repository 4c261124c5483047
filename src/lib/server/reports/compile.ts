import type { Figure } from '$lib/results/types';
import type {
	ChapterKey,
	Participation,
	ReportContent,
	ReportQuestionnaire,
	ReportTexts
} from '$lib/reports/types';
import { respondentsOf } from '$lib/instrument/keys';
import { localize } from '$lib/instrument/text';
import type { Instrument } from '$lib/instrument/types';
import type { Db } from '../db/connect';
import { countActiveForbund, yearParticipation, type ParticipationRow } from '../db/reports';
import { disclose, type DisclosedTable, type TableInput, type Thresholds } from '../disclosure';
import { withEarlierEditions, type EditionLayer } from '../disclosure/editions';
import { registerMap } from '../results/forbund-results';
import type { TableDiscloser } from '../results/discloser';
import { figureOf } from '../results/figures';
import { nationalResults } from '../results/national-results';
import { responseRate } from '../statistics';

/** Every table's layer of one edition, by table id (`<questionnaire>:<measure>:<year>`). */
export type EditionCells = Record<string, EditionLayer>;

export interface CompileInput {
	year: number;
	texts: ReportTexts;
	/** The year's published editions, oldest first: their figures are fixed for this one. */
	earlier: EditionCells[];
	edition: number | null;
	publishedOn: string | null;
	note: string | null;
	/** Sees every table with what was disclosed of it: for the audit that attacks the report. */
	observe?: (id: string, table: TableInput<unknown>, disclosed: DisclosedTable<unknown>) => void;
}

export interface CompiledReport {
	content: ReportContent;
	/** The true sums and states behind every table: stored with an edition, never served. */
	cells: EditionCells;
}

const outside = { kind: 'outside' } as const;

/**
 * Discloses every table as seen from outside, after the earlier editions of the year as fixed
 * layers, and records what it decided so that the next edition can be held to it.
 */
function editionDiscloser(
	thresholds: Thresholds,
	earlier: EditionCells[],
	record: EditionCells,
	observe?: CompileInput['observe']
): TableDiscloser {
	return <P>(id: string, table: TableInput<P>, empty: P): DisclosedTable<P> => {
		// A table an earlier edition did not have (no answers then) counts as empty there.
		const layers = earlier.map((cells) => cells[id] ?? { cells: {} });
		const disclosed = disclose(
			layers.length > 0 ? withEarlierEditions(table, layers, empty) : table,
			outside,
			thresholds
		);
		observe?.(id, table, disclosed);
		record[id] = {
			cells: Object.fromEntries(
				table.cells.map((cell) => [
					cell.key,
					{
						n: cell.n,
						sum: cell.sum,
						sumSquares: cell.sumSquares,
						hidden: disclosed.cell(cell.key)?.hidden ?? false
					}
				])
			)
		};
		return disclosed;
	};
}

/**
 * A national count (answers to a questionnaire) as a figure: shown from the outside threshold.
 * It carries no answer values, so the cell sits in the middle of a unit scale.
 */
function countFigure(n: number, thresholds: Thresholds): Figure {
	const table = disclose(
		{
			scale: { min: 0, max: 1 },
			cells: [{ key: 'nation', n, sum: n / 2, sumSquares: n / 4, forbundId: null, payload: null }],
			equations: []
		},
		outside,
		thresholds
	);
	const figure = figureOf(table, 'nation', { min: 0, max: 1, positiveFrom: 1 });
	return figure.hidden ? figure : { ...figure, mean: null, sd: null, ci: null };
}

function participationOf(
	instrument: Instrument,
	rows: ParticipationRow[],
	register: Awaited<ReturnType<typeof registerMap>>,
	active: number,
	thresholds: Thresholds
): Participation {
	const withAnswers = new Set(rows.filter((r) => r.responses > 0).map((r) => r.forbundId));
	return {
		active,
		forbund: [...withAnswers]
			.map((id) => register.get(id))
			.filter((entry) => entry !== undefined)
			.sort((a, b) => a.name.localeCompare(b.name, 'sv'))
			.map(({ id, name, lan, omrade }) => ({ id, name, lan, omrade })),
		questionnaires: instrument.questionnaires.map((q) => {
			const own = rows.filter((r) => r.questionnaireKey === q.key);
			const sum = (field: 'rounds' | 'responses' | 'expected' | 'responsesOfExpected') =>
				own.reduce((total, r) => total + r[field], 0);
			const answers = countFigure(sum('responses'), thresholds);
			return {
				key: q.key,
				title: localize(q.title, 'sv'),
				respondents: respondentsOf(q.key),
				rounds: sum('rounds'),
				answers,
				responseRate: answers.hidden
					? null
					: responseRate(sum('responsesOfExpected'), sum('expected') || null)
			};
		})
	};
}

/**
 * Assembles a year's national report from its answers: participation, the nation per indicator
 * and statement with the change from last year, the förbund compared, område and län, and
 * each förbund's own page. Every figure comes out of the disclosure module as seen from
 * outside, from one table per measure and year, so the chapters can never disagree on what is
 * hidden.
 */
export async function compileReport(
	db: Db,
	instrument: Instrument,
	thresholds: Thresholds,
	input: CompileInput
): Promise<CompiledReport> {
	const { year } = input;
	const cells: EditionCells = {};
	const discloseTable = editionDiscloser(thresholds, input.earlier, cells, input.observe);
	const [register, rows, active] = await Promise.all([
		registerMap(db),
		yearParticipation(db, year),
		countActiveForbund(db)
	]);

	const questionnaires: ReportQuestionnaire[] = [];
	let years = [year - 2, year - 1, year];
	for (const questionnaire of instrument.questionnaires) {
		if (!rows.some((r) => r.questionnaireKey === questionnaire.key && r.responses > 0)) continue;
		const results = await nationalResults(
			db,
			instrument,
			thresholds,
			{ year, questionnaire },
			{ discloseTable, forbundTrends: true }
		);
		years = results.years;
		const forbundIds = [
			...new Set(results.comparisons.flatMap((c) => c.forbund.map((f) => Number(f.key))))
		].sort((a, b) => a - b);
		questionnaires.push({
			key: questionnaire.key,
			title: localize(questionnaire.title, 'sv'),
			respondents: respondentsOf(questionnaire.key),
			scale: results.scale,
			indicators: results.indicators.map(({ code, name, nation, trend, change }) => ({
				code,
				name,
				nation,
				trend,
				change
			})),
			statements: results.statements.map(({ key, text, indicator, nation }) => ({
				key,
				text,
				indicator,
				nation
			})),
			comparisons: results.comparisons.map(({ code, name, nation, forbund, omraden, lan }) => ({
				code,
				name,
				nation,
				forbund,
				omraden,
				lan
			})),
			forbund: forbundIds.map((id) => ({
				id,
				indicators: results.comparisons.map((c) => ({
					code: c.code,
					trend: c.trends?.[id]?.trend ?? [],
					change: c.trends?.[id]?.change ?? null
				}))
			}))
		});
	}

	const versions = instrument.questionnaires
		.map((q) => ({
			questionnaire: q.key,
			title: localize(q.title, 'sv'),
			versions: [
				...new Set(rows.filter((r) => r.questionnaireKey === q.key).map((r) => r.version))
			].sort()
		}))
		.filter((v) => v.versions.length > 0);

	return {
		content: {
			format: 1,
			year,
			years,
			edition: input.edition,
			publishedOn: input.publishedOn,
			note: input.note,
			texts: cleanTexts(input.texts),
			method: { versions, threshold: thresholds.outside },
			participation: participationOf(instrument, rows, register, active, thresholds),
			questionnaires
		},
		cells
	};
}

/** Texts as stored: only the known chapters, trimmed, empty ones left out. */
function cleanTexts(texts: ReportTexts): ReportTexts {
	const comments: Partial<Record<ChapterKey, string>> = {};
	for (const [key, text] of Object.entries(texts.comments) as [ChapterKey, string][]) {
		if (text?.trim()) comments[key] = text.trim();
	}
	return { foreword: texts.foreword.trim(), comments };
}
