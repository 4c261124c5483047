// `npm test`: every gate, in order, stopping at the first failure.
// Static checks first (fast), then unit and database tests, then a build and the browser tests
// against it. Each vitest run writes a JSON report that .ci/run reads to prove what ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
	console.error(
		`\nChromium saknas (${chromium}); webbläsartesterna kan inte köras.\n` +
			'Installera det med: apt-get update && apt-get install -y chromium\n'
	);
	process.exit(1);
}
if (process.env.CI && !process.env.TEST_DATABASE_URL) {
	console.error(
		'\nI CI måste TEST_DATABASE_URL vara satt så att databastesterna körs på PostgreSQL.\n'
	);
	process.exit(1);
}
if (!process.env.TEST_DATABASE_URL) {
	console.log('TEST_DATABASE_URL är inte satt: databastesterna körs bara på PGlite.');
}

mkdirSync('test-results', { recursive: true });

/** @type {[string, string[]][]} */
const steps = [
	['svelte-kit sync', ['svelte-kit', 'sync']],
	['svelte-check', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']],
	['eslint', ['eslint', '.', '--max-warnings', '0']],
	['prettier', ['prettier', '--check', '.']],
	[
		'unit and database tests',
		['vitest', 'run', '--project', 'unit', '--outputFile.json=test-results/unit.json']
	],
	['build', ['vite', 'build', '--logLevel', 'warn']],
	[
		'browser tests',
		['vitest', 'run', '--project', 'e2e', '--outputFile.json=test-results/e2e.json']
	]
];

for (const [name, args] of steps) {
	console.log(`\n▶ ${name}`);
	const result = spawnSync('npx', ['--no-install', ...args], { stdio: 'inherit' });
	if (result.status !== 0) {
		console.error(`\n✗ ${name} misslyckades.`);
		process.exit(result.status ?? 1);
	}
}

/** @param {string} file */
function counts(file) {
	const report = JSON.parse(readFileSync(file, 'utf8'));
	return { passed: report.numPassedTests, failed: report.numFailedTests };
}
const unit = counts('test-results/unit.json');
const e2e = counts('test-results/e2e.json');
console.log(`\ntests: ${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed} failed`);
