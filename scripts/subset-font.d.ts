// subset-font ships no types; this is the part scripts/subset-ethiopic-font.ts calls.
declare module 'subset-font' {
	export default function subsetFont(
		font: Buffer,
		text: string,
		options?: {
			targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
			dropTables?: string[];
			preserveNameIds?: number[];
		}
	): Promise<Buffer>;
}
