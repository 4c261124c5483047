/** A published edition as pages list it. Safe to import in the browser. */
export interface EditionSummary {
	year: number;
	edition: number;
	publishedOn: string;
	note: string | null;
	contentHash: string;
}
