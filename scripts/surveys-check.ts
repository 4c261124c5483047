// `npm run surveys:check`: validates the instrument files in surveys/ (or the folder given).
import { resolve } from 'node:path';
import { InstrumentError } from '../src/lib/server/instrument/instrument-error';
import { loadInstrument } from '../src/lib/server/instrument/load-instrument';

const dir = resolve(process.argv[2] ?? 'surveys');
try {
	const instrument = loadInstrument(dir);
	const statements = instrument.questionnaires.reduce((n, q) => n + q.statements.length, 0);
	console.log(
		`Instrumentet ${instrument.version} är giltigt: ${instrument.questionnaires.length} enkäter, ` +
			`${instrument.indicators.length} indikatorer, ${statements} påståenden.`
	);
} catch (error) {
	if (!(error instanceof InstrumentError)) throw error;
	console.error(error.message);
	console.error(`\n${error.problems.length} fel i instrumentet.`);
	process.exit(1);
}
