import { cpus, totalmem } from 'node:os';
import { formatBenchTable, readBenchRows, resetBenchRows } from './table';

/** Global setup of the bench project: a clean slate before, one table of every figure after. */
export default function setup() {
	resetBenchRows();
	return () => {
		const rows = readBenchRows();
		if (rows.length === 0) return;
		const cores = cpus();
		const machine = `${cores.length} × ${cores[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, node ${process.version}`;
		console.log(`\nnpm run bench, ${new Date().toISOString().slice(0, 16)}Z, ${machine}\n`);
		console.log(formatBenchTable(rows));
	};
}
