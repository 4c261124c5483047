import { questionnaireKeys } from '../../instrument/keys';
import type { Localized } from '../../instrument/types';
import type { InstrumentProblem } from './instrument-error';
import type { InstrumentFile, QuestionnaireFile } from './schema';

export interface NamedQuestionnaire {
	file: string;
	data: QuestionnaireFile;
}

/** How many statements measure an indicator in a questionnaire that the framework marks. */
const statementsPerIndicator = { min: 2, max: 4 };
/** So that a participant finishes in under five minutes on a phone. */
const statementsPerQuestionnaire = { min: 10, max: 18 };

/**
 * The cross-checks that a schema cannot express. Returns every problem found, so that a
 * coordinator fixing a pull request sees them all at once.
 */
export function validateInstrument(
	instrumentFileName: string,
	instrument: InstrumentFile,
	questionnaires: NamedQuestionnaire[]
): InstrumentProblem[] {
	const problems: InstrumentProblem[] = [];
	const at = (file: string, path: string, problem: string) =>
		problems.push({ file, path, problem });

	const languageCodes = new Set<string>();
	instrument.languages.forEach((language, i) => {
		if (languageCodes.has(language.code)) {
			at(instrumentFileName, `languages[${i}].code`, `duplicate language '${language.code}'`);
		}
		languageCodes.add(language.code);
	});

	// Every language some questionnaire offers must have the shared texts too.
	const usedLanguages = new Set(questionnaires.flatMap((q) => Object.keys(q.data.languages)));
	const requireLanguages = (
		file: string,
		path: string,
		text: Localized,
		languages: Iterable<string>
	) => {
		for (const language of languages) {
			if (!(language in text)) at(file, `${path}.${language}`, 'missing');
		}
		for (const language of Object.keys(text)) {
			if (!languageCodes.has(language)) at(file, `${path}.${language}`, 'unknown language');
		}
	};

	const scales = new Map<string, InstrumentFile['scales'][number]>();
	instrument.scales.forEach((scale, i) => {
		const path = `scales[${i}]`;
		if (scales.has(scale.key))
			at(instrumentFileName, `${path}.key`, `duplicate scale '${scale.key}'`);
		scales.set(scale.key, scale);
		if (scale.min >= scale.max) at(instrumentFileName, `${path}.max`, 'must be greater than min');
		if (scale.max - scale.min > 10) at(instrumentFileName, `${path}.max`, 'at most 11 steps');
		if (scale.positiveFrom <= scale.min || scale.positiveFrom > scale.max) {
			at(instrumentFileName, `${path}.positiveFrom`, 'must lie above min and at most max');
		}
		requireLanguages(instrumentFileName, `${path}.labels.min`, scale.labels.min, usedLanguages);
		requireLanguages(instrumentFileName, `${path}.labels.max`, scale.labels.max, usedLanguages);
		requireLanguages(instrumentFileName, `${path}.dontKnow`, scale.dontKnow, usedLanguages);
	});

	const indicators = new Map<string, InstrumentFile['indicators'][number]>();
	instrument.indicators.forEach((indicator, i) => {
		const path = `indicators[${i}]`;
		if (indicators.has(indicator.code)) {
			at(instrumentFileName, `${path}.code`, `duplicate indicator '${indicator.code}'`);
		}
		indicators.set(indicator.code, indicator);
		requireLanguages(instrumentFileName, `${path}.name`, indicator.name, ['sv']);
		requireLanguages(instrumentFileName, `${path}.description`, indicator.description, ['sv']);
		indicator.measuredIn.forEach((key, j) => {
			if (!(questionnaireKeys as readonly string[]).includes(key)) {
				at(instrumentFileName, `${path}.measuredIn[${j}]`, `unknown questionnaire '${key}'`);
			}
		});
	});

	const phraseKeys = Object.keys(instrument.phrases.sv ?? {});
	if (!instrument.phrases.sv) at(instrumentFileName, 'phrases.sv', 'missing');
	for (const language of usedLanguages) {
		const phrases = instrument.phrases[language];
		if (!phrases) {
			at(instrumentFileName, `phrases.${language}`, 'missing');
			continue;
		}
		for (const phrase of phraseKeys) {
			if (!(phrase in phrases)) at(instrumentFileName, `phrases.${language}.${phrase}`, 'missing');
		}
	}

	const seenQuestionnaires = new Map<string, string>();
	for (const { file, data } of questionnaires) {
		if (seenQuestionnaires.has(data.key)) {
			at(
				file,
				'key',
				`duplicate questionnaire '${data.key}' (also in ${seenQuestionnaires.get(data.key)})`
			);
		}
		seenQuestionnaires.set(data.key, file);
		if (!(questionnaireKeys as readonly string[]).includes(data.key)) {
			at(file, 'key', `unknown questionnaire '${data.key}'`);
		} else if (!file.endsWith(`/${data.key}.yaml`)) {
			at(file, 'key', `must match the file name (${data.key}.yaml)`);
		}
		validateQuestionnaire(file, data);
	}
	for (const key of questionnaireKeys) {
		if (!seenQuestionnaires.has(key)) {
			at(instrumentFileName.replace(/[^/]+$/, `${key}.yaml`), '', 'missing questionnaire file');
		}
	}

	function validateQuestionnaire(file: string, q: QuestionnaireFile) {
		const languages = Object.keys(q.languages);
		if (q.languages.sv === undefined) at(file, 'languages.sv', 'missing (Swedish is the source)');
		for (const language of languages) {
			if (!languageCodes.has(language)) at(file, `languages.${language}`, 'unknown language');
		}
		if (!scales.has(q.scale)) at(file, 'scale', `unknown scale '${q.scale}'`);
		requireLanguages(file, 'title', q.title, languages);
		requireLanguages(file, 'introduction.purpose', q.introduction.purpose, languages);
		requireLanguages(file, 'introduction.anonymity', q.introduction.anonymity, languages);

		const backgroundKeys = new Set<string>();
		q.background.forEach((question, i) => {
			const path = `background[${i}]`;
			if (backgroundKeys.has(question.key))
				at(file, `${path}.key`, `duplicate key '${question.key}'`);
			backgroundKeys.add(question.key);
			requireLanguages(file, `${path}.label`, question.label, languages);
			const optionKeys = new Set<string>();
			const optionLabels = new Map<string, Set<string>>();
			question.options.forEach((option, j) => {
				const optionPath = `${path}.options[${j}]`;
				if (optionKeys.has(option.key))
					at(file, `${optionPath}.key`, `duplicate option '${option.key}'`);
				optionKeys.add(option.key);
				requireLanguages(file, `${optionPath}.label`, option.label, languages);
				for (const [language, label] of Object.entries(option.label)) {
					const labels = optionLabels.get(language) ?? new Set<string>();
					const normalized = label.trim().toLocaleLowerCase(language);
					if (labels.has(normalized)) {
						at(file, `${optionPath}.label.${language}`, `duplicate label '${label}'`);
					}
					labels.add(normalized);
					optionLabels.set(language, labels);
				}
			});
		});

		const statementKeys = new Set<string>();
		const perIndicator = new Map<string, number>();
		q.statements.forEach((statement, i) => {
			const path = `statements[${i}]`;
			if (statementKeys.has(statement.key) || backgroundKeys.has(statement.key)) {
				at(file, `${path}.key`, `duplicate key '${statement.key}'`);
			}
			statementKeys.add(statement.key);
			if (!indicators.has(statement.indicator)) {
				at(file, `${path}.indicator`, `unknown indicator '${statement.indicator}'`);
			}
			perIndicator.set(statement.indicator, (perIndicator.get(statement.indicator) ?? 0) + 1);
			if (statement.scale && !scales.has(statement.scale)) {
				at(file, `${path}.scale`, `unknown scale '${statement.scale}'`);
			}
			requireLanguages(file, `${path}.text`, statement.text, languages);
		});

		const count = q.statements.length;
		if (count < statementsPerQuestionnaire.min || count > statementsPerQuestionnaire.max) {
			at(
				file,
				'statements',
				`has ${count} statements; the framework asks for ${statementsPerQuestionnaire.min} to ${statementsPerQuestionnaire.max}`
			);
		}
		for (const indicator of indicators.values()) {
			const measured = perIndicator.get(indicator.code) ?? 0;
			const marked = indicator.measuredIn.includes(q.key);
			if (
				marked &&
				(measured < statementsPerIndicator.min || measured > statementsPerIndicator.max)
			) {
				at(
					file,
					'statements',
					`indicator ${indicator.code} must be measured by ${statementsPerIndicator.min} to ${statementsPerIndicator.max} statements, found ${measured}`
				);
			}
			if (!marked && measured > 0) {
				at(
					file,
					'statements',
					`indicator ${indicator.code} is not measured in ${q.key} by the framework`
				);
			}
		}
	}

	return problems;
}
