import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ precompress: true }),
		alias: { $test: 'tests/support' },
		// The scripts and drizzle's config in the one TypeScript project, so that svelte-check
		// checks them too and eslint's typed rules need no second program for them (it took 5 s).
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../drizzle.config.ts', '../scripts/**/*.ts', '../scripts/**/*.js');
			}
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
