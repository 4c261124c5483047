import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import { questionnaireKeys } from '../../instrument/keys';
import type { Instrument, Questionnaire } from '../../instrument/types';
import { formatPath, InstrumentError, type InstrumentProblem } from './instrument-error';
import { instrumentFile, questionnaireFile, type QuestionnaireFile } from './schema';
import { validateInstrument, type NamedQuestionnaire } from './validate-instrument';

/** The instrument files; the app runs from the project folder. */
const defaultSurveysDir = resolve(process.env.SURVEYS_DIR ?? 'surveys');
const instrumentFileName = 'instrument.yaml';

const english = en();

function englishMessage(issue: Parameters<typeof english.localeError>[0]): string | undefined {
	const message = english.localeError(issue);
	return typeof message === 'string' ? message : message?.message;
}

function zodProblems(file: string, error: z.ZodError): InstrumentProblem[] {
	return error.issues.map((issue) => {
		let problem = issue.message;
		if (issue.code === 'unrecognized_keys') problem = `unknown field '${issue.keys.join("', '")}'`;
		return { file, path: formatPath(issue.path), problem };
	});
}

function parseYamlFile<T>(
	dir: string,
	name: string,
	schema: z.ZodType<T>,
	problems: InstrumentProblem[]
): T | undefined {
	const file = `${basename(dir)}/${name}`;
	const document = parseDocument(readFileSync(join(dir, name), 'utf8'), { uniqueKeys: true });
	if (document.errors.length > 0) {
		for (const error of document.errors) {
			const line = error.linePos?.[0];
			problems.push({
				file,
				path: line ? `line ${line.line}` : '',
				problem: error.message.split('\n')[0]!
			});
		}
		return undefined;
	}
	// The instrument's problems are for developers and coordinators reviewing a pull request, in
	// English, whatever locale the app's forms have set for zod globally.
	const result = schema.safeParse(document.toJS(), {
		error: (issue) =>
			issue.code === 'invalid_type' && issue.input === undefined ? 'missing' : englishMessage(issue)
	});
	if (!result.success) {
		problems.push(...zodProblems(file, result.error));
		return undefined;
	}
	return result.data;
}

function toQuestionnaire(data: QuestionnaireFile): Questionnaire {
	return {
		...data,
		statements: data.statements.map((statement) => ({
			...statement,
			scale: statement.scale ?? data.scale
		}))
	};
}

/**
 * Reads and validates every file in surveys/. Throws an InstrumentError that lists every problem
 * as `surveys/<file>: <path>: <problem>`.
 */
export function loadInstrument(dir: string = defaultSurveysDir): Instrument {
	const problems: InstrumentProblem[] = [];
	if (!existsSync(join(dir, instrumentFileName))) {
		throw new InstrumentError([
			{ file: `${basename(dir)}/${instrumentFileName}`, path: '', problem: 'missing' }
		]);
	}
	const shared = parseYamlFile(dir, instrumentFileName, instrumentFile, problems);
	const questionnaires: NamedQuestionnaire[] = [];
	const names = readdirSync(dir)
		.filter((name) => name.endsWith('.yaml') && name !== instrumentFileName)
		.sort();
	for (const name of names) {
		const data = parseYamlFile(dir, name, questionnaireFile, problems);
		if (data) questionnaires.push({ file: `${basename(dir)}/${name}`, data });
	}
	if (problems.length > 0 || !shared) throw new InstrumentError(problems);

	problems.push(
		...validateInstrument(`${basename(dir)}/${instrumentFileName}`, shared, questionnaires)
	);
	if (problems.length > 0) throw new InstrumentError(problems);

	const order = (key: string) => (questionnaireKeys as readonly string[]).indexOf(key);
	return {
		version: shared.version,
		languages: shared.languages,
		scales: shared.scales,
		indicators: shared.indicators,
		phrases: shared.phrases,
		questionnaires: questionnaires
			.map(({ data }) => toQuestionnaire(data))
			.sort((a, b) => order(a.key) - order(b.key))
	};
}
