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

export interface QuestionnaireKind {
	/** Who answers it, as the report names the respondent group. */
	respondents: string;
	/**
	 * Answered by the participants of an insats: offered in more languages, and only an individual
	 * insats (`insats.typ = 'individ'`) has them.
	 */
	participant: boolean;
	/** Given to the people of one insats; the board and managers answer for none. */
	perInsats: boolean;
}

/**
 * What each questionnaire is: the one place that says which belong to an insats and which
 * participants answer. A `Record` over the keys, so a new questionnaire cannot be left out.
 */
export const questionnaireKinds: Record<QuestionnaireKey, QuestionnaireKind> = {
	'deltagare-pagaende': {
		respondents: 'Deltagare under insatsen',
		participant: true,
		perInsats: true
	},
	'deltagare-avslut': {
		respondents: 'Deltagare vid avslut',
		participant: true,
		perInsats: true
	},
	insatspersonal: { respondents: 'Personal i insatserna', participant: false, perInsats: true },
	remittenter: { respondents: 'Remittenter', participant: false, perInsats: true },
	chefer: { respondents: 'Chefer i samverkan', participant: false, perInsats: false },
	styrelse: { respondents: 'Styrelseledamöter', participant: false, perInsats: false }
};

/**
 * The questionnaire participants answer while their insats runs: every förbund that
 * takes part runs it, so the demo always has one and its participant link opens it.
 */
export const ongoingParticipantQuestionnaire: QuestionnaireKey = 'deltagare-pagaende';

/** Questionnaires answered by participants: offered in more languages, tied to an insats. */
export const participantQuestionnaires: readonly QuestionnaireKey[] = questionnaireKeys.filter(
	(key) => questionnaireKinds[key].participant
);

/** Whether a round of this questionnaire names the insats it is about. */
export function needsInsats(questionnaireKey: string): boolean {
	return isQuestionnaireKey(questionnaireKey) && questionnaireKinds[questionnaireKey].perInsats;
}

/** Whether a round of this questionnaire must be about an individual insats. */
export function needsIndividualInsats(questionnaireKey: string): boolean {
	return isQuestionnaireKey(questionnaireKey) && questionnaireKinds[questionnaireKey].participant;
}

/** The report's name for who answers a questionnaire; empty for a key outside the framework. */
export function respondentsOf(questionnaireKey: string): string {
	return isQuestionnaireKey(questionnaireKey)
		? questionnaireKinds[questionnaireKey].respondents
		: '';
}

/** A language code as stored: lowercase letters, e.g. `sv`, `lattlast`, `ar`. */
export const languageCodePattern = /^[a-z]{2,12}$/;
