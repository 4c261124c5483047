// Fails CI unless the database tests ran on PostgreSQL and the browser tests ran at all:
// a green run that quietly skipped either would prove nothing. The browser suite runs its
// screens on PostgreSQL only and the app's smoke and the participant path on PGlite too (the
// engine `npm start` embeds): both must have passed.
import { readFileSync } from 'node:fs';

/** @param {string} file */
function passedTests(file) {
	const report = JSON.parse(readFileSync(file, 'utf8'));
	/** @type {string[]} */
	const names = [];
	for (const suite of report.testResults) {
		for (const test of suite.assertionResults) {
			if (test.status === 'passed') names.push(test.fullName);
		}
	}
	return names;
}

const unit = passedTests('test-results/unit.json');
const e2e = passedTests('test-results/e2e.json');
const fault = passedTests('test-results/fault.json');
const problems = [];
if (!unit.some((name) => name.includes('on postgres'))) {
	problems.push('no database test passed on PostgreSQL');
}
if (e2e.length === 0) problems.push('no browser test passed');
if (!e2e.some((name) => name.includes('on postgres'))) {
	problems.push('no browser test ran against the app on PostgreSQL');
}
if (!e2e.some((name) => name.includes('on pglite'))) {
	problems.push('no browser test ran against the app on PGlite, the default of `npm start`');
}
if (fault.length === 0) problems.push('the fault test did not pass');
if (problems.length > 0) {
	console.error(`CI verification failed: ${problems.join('; ')}.`);
	process.exit(1);
}
console.log(
	`CI verification: ${unit.filter((n) => n.includes('on postgres')).length} database tests passed on PostgreSQL, ${e2e.length} browser tests passed (${e2e.filter((n) => n.includes('on pglite')).length} on PGlite), the fault test passed.`
);
