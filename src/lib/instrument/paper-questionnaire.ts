import { fillPhrase, localize } from '$lib/instrument/text';
import type { Instrument } from '$lib/instrument/types';

/** A questionnaire in one language, laid out for paper: everything the printed form shows. */
export function paperQuestionnaire(instrument: Instrument, key: string, languageCode: string) {
	const questionnaire = instrument.questionnaires.find((q) => q.key === key);
	const status = questionnaire?.languages[languageCode];
	const language = instrument.languages.find((l) => l.code === languageCode);
	const scale = instrument.scales.find((s) => s.key === questionnaire?.scale);
	const phrases = instrument.phrases[languageCode];
	if (!questionnaire || !status || !language || !scale || !phrases) return undefined;
	const t = (text: Record<string, string>) => localize(text, languageCode);
	const dontKnow = t(scale.dontKnow);
	return {
		key: questionnaire.key,
		version: questionnaire.version,
		titleSv: localize(questionnaire.title, 'sv', questionnaire.key),
		language: { ...language, draft: status === 'draft' },
		title: t(questionnaire.title),
		purpose: t(questionnaire.introduction.purpose),
		anonymity: t(questionnaire.introduction.anonymity),
		phrases: {
			roundCode: phrases.roundCode ?? '',
			roundCodeHelp: phrases.roundCodeHelp ?? '',
			aboutYou: phrases.aboutYou ?? '',
			statementsHeading: phrases.statementsHeading ?? '',
			paperInstruction: phrases.paperInstruction ?? '',
			scaleExplanation: fillPhrase(phrases.scaleExplanation ?? '', {
				min: scale.min,
				max: scale.max,
				dontKnow
			}),
			minutes: fillPhrase(phrases.minutes ?? '', { minutes: questionnaire.minutes }, language.lang),
			returnInstruction: phrases.returnInstruction ?? '',
			thanks: phrases.thanks ?? ''
		},
		scale: {
			steps: Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i),
			minLabel: t(scale.labels.min),
			maxLabel: t(scale.labels.max),
			dontKnow
		},
		background: questionnaire.background.map((question) => ({
			key: question.key,
			label: t(question.label),
			options: question.options.map((option) => ({ key: option.key, label: t(option.label) }))
		})),
		statements: questionnaire.statements.map((statement, index) => ({
			key: statement.key,
			number: index + 1,
			text: t(statement.text)
		}))
	};
}
export type PaperQuestionnaire = NonNullable<ReturnType<typeof paperQuestionnaire>>;
