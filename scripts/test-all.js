// `npm test`: every gate, stopping at the first step that fails.
// The static checks, the unit and database tests and the build side by side, then the browser
// tests against the build. Each vitest run writes a JSON report that .ci/run reads to prove
// what ran; the last line says how long each step took.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

// The same default as tests/support/chromium.ts (this script runs before TypeScript can).
const chromium = process.env.CHROMIUM_PATH || '/usr/lib/chromium/chromium-headless-shell';
if (!existsSync(chromium)) {
	console.error(
		`\nChromium saknas (${chromium}); webbläsartesterna kan inte köras.\n` +
			'Installera det med: apt-get update && apt-get install -y chromium-headless-shell\n'
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
 * Side by side: on this 2-core machine one of them alone leaves a core idle much of the time
 * (the database specs wait on PostgreSQL, the bundler on the disk). Each one's output is held and
 * printed whole when it ends. The checks only read what `svelte-kit sync` above generated. The
 * unit tests wait for the build: vitest's SvelteKit plugin writes the generated files for its
 * own mode, and a build reading them meanwhile was seen to bundle them (relative links).
 * @type {Step[]}
 */
const checks = [
	['svelte-check', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']],
	['eslint', ['eslint', '.', '--max-warnings', '0']],
	['prettier', ['prettier', '--check', '.']]
];
/** @type {Step} */
const build = ['build', ['vite', 'build', '--logLevel', 'warn']];
/** @type {Step} */
const unitTests = [
	'unit and database tests',
	['vitest', 'run', '--project', 'unit', '--outputFile.json=test-results/unit.json']
];
/** @type {Step} */
const browserTests = [
	'browser tests',
	['vitest', 'run', '--project', 'e2e', '--outputFile.json=test-results/e2e.json']
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

const started = Date.now();
/** @type {[string, number][]} */
const times = [];
/** @param {Step} step */
function timed(step) {
	const stepStarted = Date.now();
	runStep(step);
	times.push([step[0], (Date.now() - stepStarted) / 1000]);
}

timed(sync);
console.log(`\n▶ ${[...checks, build, unitTests].map(([name]) => name).join(', ')} (side by side)`);
const held = await Promise.all([
	...checks.map(runHeld),
	runHeld(build).then(async (built) =>
		built.status === 0 ? [built, await runHeld(unitTests)] : [built]
	)
]).then((results) => results.flat());
for (const { name, output, seconds } of held) {
	console.log(`\n▷ ${name} (${seconds.toFixed(1)} s)`);
	process.stdout.write(output);
	times.push([name, seconds]);
}
const failed = held.filter((c) => c.status !== 0);
if (failed.length > 0) {
	for (const { name } of failed) console.error(`\n✗ ${name} misslyckades.`);
	process.exit(failed[0]?.status ?? 1);
}
timed(browserTests);

/** @param {string} file */
function counts(file) {
	const report = JSON.parse(readFileSync(file, 'utf8'));
	return { passed: report.numPassedTests, failed: report.numFailedTests };
}
const unit = counts('test-results/unit.json');
const e2e = counts('test-results/e2e.json');
console.log(`\ntests: ${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed} failed`);
console.log(
	`time: ${((Date.now() - started) / 1000).toFixed(0)} s (${times
		.map(([name, seconds]) => `${name} ${seconds.toFixed(0)} s`)
		.join(', ')})`
);
