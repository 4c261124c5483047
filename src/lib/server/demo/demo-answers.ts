import type { QuestionnaireDefinition } from '../instrument/content-hash';
import type { StatementAnswer } from '../db/responses';
import type { Random } from './random';

export interface DemoResponse {
	background: Record<string, string>;
	answers: Record<string, StatementAnswer>;
}

/**
 * One synthetic response. `tendency` (about 3 to 6 on a 1–7 scale) is the round's general
 * level, so förbund differ; each respondent varies around it, answers "vet inte" now and
 * then, and sometimes skips a background question or an optional statement.
 */
export function demoResponse(
	random: Random,
	{ questionnaire, scales }: QuestionnaireDefinition,
	tendency: number
): DemoResponse {
	const personal = tendency + (random.next() - 0.5) * 2;
	const background: Record<string, string> = {};
	for (const question of questionnaire.background) {
		if (random.chance(0.9)) background[question.key] = random.pick(question.options).key;
	}
	const answers: Record<string, StatementAnswer> = {};
	for (const statement of questionnaire.statements) {
		if (!statement.required && random.chance(0.15)) continue;
		if (random.chance(0.06)) {
			answers[statement.key] = { dontKnow: true };
			continue;
		}
		const scale = scales.find((s) => s.key === statement.scale)!;
		const noise = (random.next() + random.next() + random.next() - 1.5) * 2;
		const value = Math.round(personal + noise);
		answers[statement.key] = { value: Math.min(scale.max, Math.max(scale.min, value)) };
	}
	return { background, answers };
}
