import type { QuestionnaireDefinition } from '../instrument/content-hash';
import {
	dontKnowValue,
	parseSubmission,
	statementField,
	type ParsedSubmission
} from '../participant/parse-submission';

/** The field of the paper entry form that says which language the paper form was in. */
const paperLanguageField = 'language';
/** On paper entry, 0 stands for the "vet inte" box, so that every answer is one digit. */
const paperDontKnowDigit = '0';

/**
 * Reads a paper entry form with the web path's validation: 0 becomes "vet inte", a blank stays
 * unanswered, and the language field is taken out before the questionnaire is checked.
 */
export function parsePaperEntry(
	form: FormData,
	definition: QuestionnaireDefinition
): { language: string; parsed: ParsedSubmission } {
	const statements = new Set(definition.questionnaire.statements.map((s) => statementField(s.key)));
	const cleaned = new FormData();
	for (const [name, value] of form.entries()) {
		if (name === paperLanguageField) continue;
		const trimmed = typeof value === 'string' ? value.trim() : value;
		cleaned.append(
			name,
			statements.has(name) && trimmed === paperDontKnowDigit ? dontKnowValue : trimmed
		);
	}
	return {
		language: String(form.get(paperLanguageField) ?? 'sv'),
		// A blank box on paper is "not answered" (no answer row), distinct from the "vet inte"
		// box (0): staff must never have to invent an answer the person did not give.
		parsed: parseSubmission(cleaned, definition, { blankAllowed: true })
	};
}

/** The values to show again after a rejected entry, with "vet inte" back as 0. */
export function paperValues(values: Record<string, string>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(values).map(([key, value]) => [
			key,
			value === dontKnowValue ? paperDontKnowDigit : value
		])
	);
}

/**
 * A paper form's answers as the digits typed, statement by statement: "5 0 – 7", where 0 is
 * vet inte and – a statement left blank.
 */
export function paperFormDigits(
	form: { answers: Record<string, number> },
	statementKeys: readonly string[]
): string {
	return statementKeys
		.map((key) => (key in form.answers ? String(form.answers[key]) : '–'))
		.join(' ');
}
