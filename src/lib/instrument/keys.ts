/** The six questionnaires of the NNS framework, in the order the brief lists them. */
export const questionnaireKeys = [
	'deltagare-pagaende',
	'deltagare-avslut',
	'insatspersonal',
	'remittenter',
	'chefer',
	'styrelse'
] as const;
export type QuestionnaireKey = (typeof questionnaireKeys)[number];

export function isQuestionnaireKey(value: string): value is QuestionnaireKey {
	return (questionnaireKeys as readonly string[]).includes(value);
}

/** Questionnaires answered by participants: offered in more languages, tied to an insats. */
export const participantQuestionnaires: readonly QuestionnaireKey[] = [
	'deltagare-pagaende',
	'deltagare-avslut'
];

/** A language code as stored: lowercase letters, e.g. `sv`, `lattlast`, `ar`. */
export const languageCodePattern = /^[a-z]{2,12}$/;
