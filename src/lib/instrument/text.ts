import type { Localized } from './types';

/** Text in the wanted language; Swedish, the source, when a text has no translation. */
export function localize(text: Localized, language: string): string {
	return text[language] ?? text.sv ?? '';
}

/** Fills `{name}` placeholders in an interface phrase. */
export function fillPhrase(phrase: string, values: Record<string, string | number>): string {
	return phrase.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in values ? String(values[name]) : match
	);
}
