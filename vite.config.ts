import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// The bundler's note on slow plugin callbacks reads like a fault in `npm start`'s output on a
	// loaded machine; it is a profiling hint, not a problem of the build.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	// PGlite loads its WebAssembly and data files relative to its own package, so it must not be bundled.
	optimizeDeps: { exclude: ['@electric-sql/pglite'] },
	// The questionnaire's script is bundled as a worker entry (`?worker&url`) but runs as a
	// `<script type="module">` on the page: ES format works there in dev and in the build alike.
	worker: { format: 'es' },
	ssr: { external: ['@electric-sql/pglite'] },
	test: {
		expect: { requireAssertions: true },
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/vitest.json' },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
					// Spec files share one worker's modules, so they share its PGlite databases too
					// (see useTestDatabase) instead of starting one per file. No spec mocks modules
					// or changes globals; one that does must restore them.
					isolate: false,
					// Vitest leaves a core free by default, which on this 2-core machine is one worker:
					// the database specs wait on PostgreSQL half the time, so two keep both cores busy.
					maxWorkers: 2,
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'bench',
					environment: 'node',
					include: ['tests/bench/**/*.bench-run.ts'],
					// One table of every figure at the end; one file at a time, so that no two
					// measurements share the machine's two cores.
					globalSetup: ['tests/bench/print-table.ts'],
					fileParallelism: false,
					testTimeout: 1_800_000,
					hookTimeout: 60_000
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'fault',
					environment: 'node',
					include: ['tests/fault/**/*.fault.ts'],
					// Kills and restarts processes and a database of its own: run by .ci/run after
					// `npm test`, on the build that run made (`npm run test:fault`).
					testTimeout: 600_000,
					hookTimeout: 180_000
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/**/*.e2e.ts'],
					globalSetup: ['tests/support/global-setup.ts'],
					// No retries: a test that needs one hides a race, which is fixed where it happens.
					// Two files at a time, each with its own app (global-setup.ts): one file alone
					// left a core idle while it waited on the browser, the app or the database.
					maxWorkers: 2,
					// A worker's files share its imported modules instead of importing them again
					// per file (22 s of a run): the support modules hold no state a file could see
					// but caches, and each test file itself runs afresh.
					isolate: false,
					testTimeout: 60_000,
					hookTimeout: 120_000
				}
			}
		]
	}
});
