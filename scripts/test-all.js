// `npm test`: every gate, in order, stopping at the first failure.
// Static checks first (fast), then unit and database tests, then a build and the browser tests
// against it. Each vitest run writes a JSON report that .ci/run reads to prove what ran.
import { spawn, spawnSync } from 'node:child_process';
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

/** @typedef {[string, string[]]} Step */

/** @type {Step} */
const sync = ['svelte-kit sync', ['svelte-kit', 'sync']];
/**
 * Independent of each other, so they run side by side: the step takes as long as the slowest
 * of the three instead of their sum. Each one's output is held and printed whole when it ends.
 * @type {Step[]}
 */
const staticChecks = [
	['svelte-check', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']],
	['eslint', ['eslint', '.', '--max-warnings', '0']],
	['prettier', ['prettier', '--check', '.']]
];
/** @type {Step[]} */
const laterSteps = [
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

/** @param {Step} step */
function runStep([name, args]) {
	console.log(`\n▶ ${name}`);
	const result = spawnSync('npx', ['--no-install', ...args], { stdio: 'inherit' });
	if (result.status !== 0) {
		console.error(`\n✗ ${name} misslyckades.`);
		process.exit(result.status ?? 1);
	}
}

/**
 * @param {Step} step
 * @returns {Promise<{ name: string, status: number | null, output: string, seconds: number }>}
 */
function runHeld([name, args]) {
	const started = Date.now();
	return new Promise((resolve) => {
		const child = spawn('npx', ['--no-install', ...args], {
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' }
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', (error) => (output += String(error)));
		child.on('close', (status) =>
			resolve({ name, status, output, seconds: (Date.now() - started) / 1000 })
		);
	});
}

runStep(sync);
console.log(`\n▶ ${staticChecks.map(([name]) => name).join(', ')} (side by side)`);
const checked = await Promise.all(staticChecks.map(runHeld));
for (const { name, output, seconds } of checked) {
	console.log(`\n▷ ${name} (${seconds.toFixed(1)} s)`);
	process.stdout.write(output);
}
const failed = checked.filter((c) => c.status !== 0);
if (failed.length > 0) {
	for (const { name } of failed) console.error(`\n✗ ${name} misslyckades.`);
	process.exit(failed[0]?.status ?? 1);
}
for (const step of laterSteps) runStep(step);

/** @param {string} file */
function counts(file) {
	const report = JSON.parse(readFileSync(file, 'utf8'));
	return { passed: report.numPassedTests, failed: report.numFailedTests };
}
const unit = counts('test-results/unit.json');
const e2e = counts('test-results/e2e.json');
console.log(`\ntests: ${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed} failed`);
