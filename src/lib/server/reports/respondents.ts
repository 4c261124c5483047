/** Who answers each questionnaire, as the report names the respondent groups. */
export const respondentLabels: Record<string, string> = {
	'deltagare-pagaende': 'Deltagare under insatsen',
	'deltagare-avslut': 'Deltagare vid avslut',
	insatspersonal: 'Personal i insatserna',
	remittenter: 'Remittenter',
	chefer: 'Chefer i samverkan',
	styrelse: 'Styrelseledamöter'
};
