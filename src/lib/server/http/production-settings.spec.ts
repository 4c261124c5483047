import { describe, expect, it } from 'vitest';
import { productionSettingProblems } from './production-settings';

describe('production settings', () => {
	it('refuses a production start without an https ORIGIN', () => {
		expect(productionSettingProblems({ NODE_ENV: 'production' })).toHaveLength(1);
		expect(
			productionSettingProblems({ NODE_ENV: 'production', ORIGIN: 'http://indikatorer.example.se' })
		).toHaveLength(1);
		expect(
			productionSettingProblems({
				NODE_ENV: 'production',
				ORIGIN: 'https://indikatorer.example.se'
			})
		).toEqual([]);
	});

	it('leaves a local demo alone', () => {
		expect(productionSettingProblems({ ORIGIN: 'http://localhost:3000' })).toEqual([]);
	});
});
