import { describe, expect, it } from 'vitest';
import {
	needsIndividualInsats,
	needsInsats,
	participantQuestionnaires,
	questionnaireKeys,
	respondentsOf
} from './keys';

describe('questionnaire kinds', () => {
	it('ties the participant and insats questionnaires to an insats, the board and managers to none', () => {
		expect(questionnaireKeys.filter(needsInsats)).toEqual([
			'deltagare-pagaende',
			'deltagare-avslut',
			'insatspersonal',
			'remittenter'
		]);
		expect(questionnaireKeys.filter(needsIndividualInsats)).toEqual([
			'deltagare-pagaende',
			'deltagare-avslut'
		]);
		expect(participantQuestionnaires).toEqual(['deltagare-pagaende', 'deltagare-avslut']);
	});

	it('answers no for a key outside the framework', () => {
		expect(needsInsats('okand')).toBe(false);
		expect(needsIndividualInsats('okand')).toBe(false);
		expect(respondentsOf('okand')).toBe('');
		expect(respondentsOf('styrelse')).toBe('Styrelseledamöter');
	});
});
