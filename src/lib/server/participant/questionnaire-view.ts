import { calendarNoon } from '../../dates';
import { formatDateLong } from '../../format';
import { fillPhrase, localize } from '../../instrument/text';
import type { Instrument, Language } from '../../instrument/types';
import type { PageChrome } from '../../page-chrome';
import type { ParticipantRound } from '../db/rounds';
import { backgroundField, dontKnowValue, statementField } from './parse-submission';

/** The phrases the participant pages use, always complete (Swedish fills any gap). */
const phraseKeys = [
	'aboutSurvey',
	'aboutYou',
	'backgroundHint',
	'statementsHeading',
	'optional',
	'next',
	'back',
	'submit',
	'sending',
	'answersKept',
	'startOver',
	'errorSummaryTitle',
	'errorRequired',
	'errorInvalid',
	'errorForm',
	'errorTooLarge',
	'errorSendAgain',
	'networkRetrying',
	'networkFailed',
	'closedTitle',
	'closedText',
	'thanks',
	'thanksText',
	'notSentTitle',
	'notSentText',
	'toQuestionnaire',
	'changeLanguage'
] as const;
export type ParticipantPhrases = Record<(typeof phraseKeys)[number], string> & {
	pageOf: string;
};

export function participantLanguage(instrument: Instrument, code: string): Language | undefined {
	return instrument.languages.find((l) => l.code === code);
}

export function participantPhrases(instrument: Instrument, language: string): ParticipantPhrases {
	const own = instrument.phrases[language] ?? {};
	const sv = instrument.phrases.sv ?? {};
	const pick = (key: string) => own[key] ?? sv[key] ?? '';
	return {
		...(Object.fromEntries(phraseKeys.map((key) => [key, pick(key)])) as Record<
			(typeof phraseKeys)[number],
			string
		>),
		pageOf: pick('pageOf')
	};
}

/** Everything the questionnaire page renders for one round in one language. */
export function questionnaireView(instrument: Instrument, round: ParticipantRound, code: string) {
	const { questionnaire, scales } = round.definition;
	const language = participantLanguage(instrument, code)!;
	const t = (text: Record<string, string>) => localize(text, code);
	const phrase = (key: string) =>
		instrument.phrases[code]?.[key] ?? instrument.phrases.sv?.[key] ?? '';
	const scale = scales.find((s) => s.key === questionnaire.scale)!;
	return {
		language: { code, lang: language.lang, dir: language.dir },
		title: t(questionnaire.title),
		purpose: t(questionnaire.introduction.purpose),
		anonymity: t(questionnaire.introduction.anonymity),
		askedBy: fillPhrase(phrase('askedBy'), { forbund: round.forbundName }),
		insats: round.insatsName ? fillPhrase(phrase('insats'), { insats: round.insatsName }) : null,
		minutes: fillPhrase(phrase('minutes'), { minutes: questionnaire.minutes }, language.lang),
		phrases: participantPhrases(instrument, code),
		scale: {
			steps: Array.from({ length: scale.max - scale.min + 1 }, (_, i) => String(scale.min + i)),
			minLabel: t(scale.labels.min),
			maxLabel: t(scale.labels.max),
			dontKnow: t(scale.dontKnow),
			dontKnowValue
		},
		background: questionnaire.background.map((question) => ({
			name: backgroundField(question.key),
			label: t(question.label),
			options: question.options.map((option) => ({ value: option.key, label: t(option.label) }))
		})),
		statements: questionnaire.statements.map((statement, index) => ({
			name: statementField(statement.key),
			number: index + 1,
			text: t(statement.text),
			required: statement.required
		}))
	};
}

/**
 * What the site's own frame (skip link, footer) says on a page in this language, so that a
 * participant reading Arabic meets no Swedish but the network's name, which is marked as Swedish.
 */
export function participantChrome(instrument: Instrument, code: string): PageChrome | undefined {
	const language = participantLanguage(instrument, code);
	if (!language) return undefined;
	const phrase = (key: string) =>
		instrument.phrases[code]?.[key] ?? instrument.phrases.sv?.[key] ?? '';
	return {
		lang: language.lang,
		dir: language.dir,
		skipToContent: phrase('skipToContent'),
		accessibilityStatement: phrase('accessibilityStatement')
	};
}

/** The round's languages in the instrument's order, each named in itself. */
export function offeredLanguages(instrument: Instrument, round: ParticipantRound): Language[] {
	return instrument.languages.filter((l) => round.languages.includes(l.code));
}

/**
 * The landing page is Swedish (nobody has chosen a language yet). When the round is closed or
 * not yet open there is no language choice to follow, so the news is given here once in each
 * other language the round offers, each line marked with its own `lang`.
 */
export function statusInLanguages(
	instrument: Instrument,
	round: ParticipantRound,
	state: 'closed' | 'not-yet-open'
): { lang: string; dir: Language['dir']; text: string }[] {
	return offeredLanguages(instrument, round)
		.filter((language) => language.lang !== 'sv')
		.map((language) => ({
			lang: language.lang,
			dir: language.dir,
			text:
				state === 'closed'
					? (instrument.phrases[language.code]?.closedText ?? '')
					: notYetOpenText(instrument, language.code, round.opensOn)
		}))
		.filter((line) => line.text.length > 0);
}

export function notYetOpenText(instrument: Instrument, code: string, opensOn: string): string {
	const phrase =
		instrument.phrases[code]?.notYetOpenText ?? instrument.phrases.sv?.notYetOpenText ?? '';
	const date =
		code === 'sv' || code === 'lattlast' ? formatDateLong(calendarNoon(opensOn)) : opensOn;
	return fillPhrase(phrase, { date });
}
