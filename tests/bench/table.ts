import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

/**
 * One printed table for the whole of `npm run bench`: each bench file records its rows here and
 * the bench project's global teardown prints them together (see `print-table.ts`).
 */
export interface BenchRow {
	section: string;
	figure: string;
	measured: string;
	baseline?: string;
	ratio?: string;
	goal?: string;
	/** Whether the figure meets its goal; absent for figures without one. */
	met?: boolean;
}

const rowsFile = 'test-results/bench-rows.jsonl';

export function resetBenchRows(): void {
	rmSync(rowsFile, { force: true });
}

export function recordBenchRows(rows: BenchRow[]): void {
	mkdirSync('test-results', { recursive: true });
	appendFileSync(rowsFile, rows.map((row) => JSON.stringify(row) + '\n').join(''));
}

export function readBenchRows(): BenchRow[] {
	if (!existsSync(rowsFile)) return [];
	return readFileSync(rowsFile, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as BenchRow);
}

/** The rows as a Markdown table, so that the README can show the output as printed. */
export function formatBenchTable(rows: BenchRow[]): string {
	const header = ['', 'measured', 'baseline', 'ratio', 'goal', ''];
	const body = rows.map((row) => [
		`${row.section}: ${row.figure}`,
		row.measured,
		row.baseline ?? '',
		row.ratio ?? '',
		row.goal ?? '',
		row.met === undefined ? '' : row.met ? 'ok' : 'MISSED'
	]);
	const widths = header.map((_, i) => Math.max(3, ...[header, ...body].map((r) => r[i]!.length)));
	const line = (cells: string[]) =>
		`| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
	return [
		line(header),
		`|${widths.map((w, i) => (i === 0 ? ':' : '-') + '-'.repeat(w) + (i === 0 ? '-' : ':')).join('|')}|`,
		...body.map(line)
	].join('\n');
}
