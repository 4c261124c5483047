import { describe, expect, it } from 'vitest';
import { describeError } from './safe-error';

class QueryError extends Error {
	constructor(
		message: string,
		readonly params: unknown[],
		override readonly cause: unknown
	) {
		super(message);
	}
}

describe('describeError', () => {
	it('names the class and SQLSTATE but never the message or the parameters', () => {
		const cause = Object.assign(new Error('duplicate key value'), { code: '23505' });
		const error = new QueryError(
			'Failed query: insert into "answer" values ($1, $2) params: 7,i01-respekt',
			[7, 'i01-respekt'],
			cause
		);
		const line = describeError(error, '/e/[token=roundtoken]/[lang=language]');
		expect(line).toContain('QueryError');
		expect(line).toContain('kod 23505');
		expect(line).toContain('/e/[token=roundtoken]/[lang=language]');
		expect(line).not.toContain('i01-respekt');
		expect(line).not.toContain('params');
		expect(line).not.toContain('duplicate key');
		expect(line).toMatch(/^\s+at /m);
	});

	it('handles values that are not errors', () => {
		expect(describeError('kvinna, 16–24', '/kod')).toBe('Fel i /kod: string');
	});
});
