/** One problem in the instrument files, e.g. `surveys/x.yaml: statements[4].text.ar: missing`. */
export interface InstrumentProblem {
	file: string;
	path: string;
	problem: string;
}

function formatProblem({ file, path, problem }: InstrumentProblem): string {
	return path ? `${file}: ${path}: ${problem}` : `${file}: ${problem}`;
}

/** `['statements', 4, 'text', 'ar']` → `statements[4].text.ar`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((part, index) =>
			typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`
		)
		.join('');
}

export class InstrumentError extends Error {
	override name = 'InstrumentError';
	constructor(readonly problems: InstrumentProblem[]) {
		super(problems.map(formatProblem).join('\n'));
	}
}
