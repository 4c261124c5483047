import { describe, expect, it } from 'vitest';
import { disclose, discloseWith, isDisclosedTable, type DisclosedTable } from './disclose';
import {
	defaultThresholds,
	hiddenMark,
	hiddenReasonText,
	type Audience,
	type CellInput,
	type Equation,
	type TableInput
} from './types';

const outside: Audience = { kind: 'outside' };
const scale = { min: 1, max: 7 };

/** A cell whose n respondents all answered `value` (or the given answers). */
function cell(
	key: string,
	answers: number[] | { n: number; value: number },
	forbundId: number | null = null,
	breakdown = false
): CellInput<string> {
	const values = Array.isArray(answers)
		? answers
		: Array.from({ length: answers.n }, () => answers.value);
	return {
		key,
		n: values.length,
		sum: values.reduce((a, b) => a + b, 0),
		sumSquares: values.reduce((a, b) => a + b * b, 0),
		forbundId,
		...(breakdown ? { breakdown: true } : {}),
		payload: `distribution of ${key}`
	};
}

/** A table whose totals are built from their parts, so that the equations hold. */
function table(parts: CellInput<string>[], totals: [string, string[]][]): TableInput<string> {
	const cells = [...parts];
	const equations: Equation[] = [];
	for (const [key, of] of totals) {
		const members = of.map((k) => cells.find((c) => c.key === k)!);
		cells.push({
			key,
			n: members.reduce((a, c) => a + c.n, 0),
			sum: members.reduce((a, c) => a + c.sum, 0),
			sumSquares: members.reduce((a, c) => a + c.sumSquares, 0),
			forbundId: null,
			payload: `distribution of ${key}`
		});
		equations.push({ total: key, parts: of });
	}
	return { scale, cells, equations };
}

function hiddenKeys(disclosed: DisclosedTable<unknown>): string[] {
	return disclosed.cells.filter((c) => c.hidden).map((c) => c.key);
}

/** Answers spread over the middle of the scale. */
function spread(n: number): number[] {
	return Array.from({ length: n }, (_, i) => 2 + (i % 5));
}

describe('primary suppression', () => {
	it('hides a cell below the outside threshold and shows one at it', () => {
		const disclosed = disclose(
			{ scale, cells: [cell('a', spread(4)), cell('b', spread(5))], equations: [] },
			outside,
			defaultThresholds
		);
		expect(disclosed.cell('a')).toEqual({ key: 'a', hidden: true, reason: 'few' });
		expect(disclosed.cell('b')).toMatchObject({
			hidden: false,
			n: 5,
			payload: 'distribution of b'
		});
	});

	it('publishes an empty cell as a known zero', () => {
		const disclosed = disclose(
			{ scale, cells: [cell('a', [])], equations: [] },
			outside,
			defaultThresholds
		);
		expect(disclosed.cell('a')).toMatchObject({ hidden: false, n: 0, sum: 0 });
	});

	it('shows a förbund its own cells from 3, but others and breakdowns only from 5', () => {
		const input: TableInput<string> = {
			scale,
			cells: [
				cell('forbund:1', spread(3), 1),
				cell('forbund:2', spread(4), 2),
				cell('forbund:1|kon:kvinna', spread(4), 1, true)
			],
			equations: []
		};
		const inside = disclose(input, { kind: 'inside', forbundId: 1 }, defaultThresholds);
		expect(inside.cell('forbund:1')).toMatchObject({ hidden: false, n: 3 });
		expect(inside.cell('forbund:2')).toMatchObject({ hidden: true, reason: 'few' });
		expect(inside.cell('forbund:1|kon:kvinna')).toMatchObject({ hidden: true, reason: 'few' });
		expect(disclose(input, outside, defaultThresholds).cell('forbund:1')).toMatchObject({
			hidden: true
		});
	});

	it('takes the thresholds it is given', () => {
		const input = { scale, cells: [cell('a', spread(6))], equations: [] };
		const strict = { ...defaultThresholds, outside: 10 };
		expect(disclose(input, outside, strict).cell('a')?.hidden).toBe(true);
	});
});

describe('hidden cells', () => {
	it('carry nothing but their key and reason', () => {
		const disclosed = disclose(
			{ scale, cells: [cell('a', spread(2))], equations: [] },
			outside,
			defaultThresholds
		);
		expect(Object.keys(disclosed.cell('a')!).sort()).toEqual(['hidden', 'key', 'reason']);
	});

	it('are marked the SCB way and explained in Swedish', () => {
		expect(hiddenMark).toBe('..');
		expect(hiddenReasonText).toBe('För få svar för att visas');
	});
});

describe('complementary suppression', () => {
	it('hides the smallest sibling so that no equation has a single hidden cell', () => {
		const input = table(
			[cell('omrade:1', spread(2)), cell('omrade:2', spread(12)), cell('omrade:3', spread(30))],
			[['nation', ['omrade:1', 'omrade:2', 'omrade:3']]]
		);
		const disclosed = disclose(input, outside, defaultThresholds);
		expect(disclosed.cell('omrade:1')).toMatchObject({ hidden: true, reason: 'few' });
		expect(disclosed.cell('omrade:2')).toMatchObject({ hidden: true, reason: 'complement' });
		expect(hiddenKeys(disclosed)).toEqual(['omrade:1', 'omrade:2']);
	});

	it('breaks ties by key, so the same input always gives the same output', () => {
		const input = table(
			[cell('omrade:c', spread(2)), cell('omrade:b', spread(9)), cell('omrade:a', spread(9))],
			[['nation', ['omrade:c', 'omrade:b', 'omrade:a']]]
		);
		const first = disclose(input, outside, defaultThresholds);
		expect(hiddenKeys(first)).toEqual(['omrade:c', 'omrade:a']);
		expect(disclose(input, outside, defaultThresholds).cells).toEqual(first.cells);
	});

	it('hides a total with its single non-empty part', () => {
		const input = table(
			[cell('forbund:1', spread(3), 1), cell('forbund:2', [], 2)],
			[['lan:1', ['forbund:1', 'forbund:2']]]
		);
		expect(hiddenKeys(disclose(input, outside, defaultThresholds))).toEqual(['forbund:1', 'lan:1']);
	});

	it('propagates through nested equations', () => {
		const input = table(
			[
				cell('insats:1', spread(2), 1),
				cell('insats:2', spread(8), 1),
				cell('forbund:2', spread(20), 2),
				cell('forbund:3', spread(20), 3)
			],
			[
				['forbund:1', ['insats:1', 'insats:2']],
				['lan:1', ['forbund:1', 'forbund:2', 'forbund:3']]
			]
		);
		const hidden = hiddenKeys(disclose(input, outside, defaultThresholds));
		expect(hidden).toEqual(expect.arrayContaining(['insats:1', 'insats:2']));
		expect(hidden).not.toContain('lan:1');
	});

	it('leaves a lone hidden cell when switched off (for the audit only)', () => {
		const input = table(
			[cell('omrade:1', spread(2)), cell('omrade:2', spread(12))],
			[['nation', ['omrade:1', 'omrade:2']]]
		);
		const off = { complementary: false, insider: false, extreme: false };
		expect(hiddenKeys(discloseWith(input, outside, defaultThresholds, off))).toEqual(['omrade:1']);
	});
});

describe('insider rule', () => {
	const input = table(
		[
			cell('forbund:1', spread(2), 1),
			cell('forbund:2', spread(10), 2),
			cell('forbund:3', spread(11), 3),
			cell('forbund:4', spread(30), 4)
		],
		[['nation', ['forbund:1', 'forbund:2', 'forbund:3', 'forbund:4']]]
	);

	it('hides at least three cells where a förbund is hidden: it knows its own', () => {
		expect(hiddenKeys(disclose(input, outside, defaultThresholds))).toEqual([
			'forbund:1',
			'forbund:2',
			'forbund:3'
		]);
	});

	it('stops at two without the insider rule', () => {
		const noInsider = { complementary: true, insider: false, extreme: false };
		expect(hiddenKeys(discloseWith(input, outside, defaultThresholds, noInsider))).toEqual([
			'forbund:1',
			'forbund:2'
		]);
	});

	it('treats a län of a single förbund as that förbund’s own', () => {
		const single = table(
			[cell('forbund:1', spread(4), 1), cell('forbund:2', [], 2)],
			[['lan:1', ['forbund:1', 'forbund:2']]]
		);
		const inside = disclose(single, { kind: 'inside', forbundId: 1 }, defaultThresholds);
		expect(hiddenKeys(inside)).toEqual([]);
	});
});

describe('extreme-cell rule', () => {
	// Two områden hidden together, everyone answered 7: the published nation gives them away.
	const input = table(
		[cell('omrade:1', { n: 4, value: 7 }), cell('omrade:2', { n: 6, value: 7 })],
		[['nation', ['omrade:1', 'omrade:2']]]
	);

	it('hides more when the hidden cells sit at one end of the scale', () => {
		expect(hiddenKeys(disclose(input, outside, defaultThresholds))).toEqual([
			'omrade:1',
			'omrade:2',
			'nation'
		]);
	});

	it('leaves them narrowed without the rule', () => {
		const noExtreme = { complementary: true, insider: true, extreme: false };
		expect(hiddenKeys(discloseWith(input, outside, defaultThresholds, noExtreme))).toEqual([
			'omrade:1',
			'omrade:2'
		]);
	});

	it('is content when the hidden cells leave two scale steps of doubt', () => {
		const mixed = table(
			[cell('omrade:1', [7, 7, 7, 7]), cell('omrade:2', [1, 2, 3, 4, 5, 6])],
			[['nation', ['omrade:1', 'omrade:2']]]
		);
		expect(hiddenKeys(disclose(mixed, outside, defaultThresholds))).toEqual([
			'omrade:1',
			'omrade:2'
		]);
	});
});

describe('breakdown by a background question', () => {
	it('hides every group when one group is hidden, but not the group total', () => {
		const input = table(
			[
				cell('forbund:1|kon:kvinna', spread(8), 1, true),
				cell('forbund:1|kon:man', spread(6), 1, true),
				cell('forbund:1|kon:annat', spread(1), 1, true)
			],
			[['forbund:1', ['forbund:1|kon:kvinna', 'forbund:1|kon:man', 'forbund:1|kon:annat']]]
		);
		const disclosed = disclose(input, { kind: 'inside', forbundId: 1 }, defaultThresholds);
		expect(hiddenKeys(disclosed)).toEqual([
			'forbund:1|kon:kvinna',
			'forbund:1|kon:man',
			'forbund:1|kon:annat'
		]);
		expect(disclosed.cell('forbund:1')).toMatchObject({ hidden: false, n: 15 });
	});
});

describe('the disclosed table', () => {
	const disclosed = disclose(
		{ scale, cells: [cell('a', spread(5))], equations: [] },
		outside,
		defaultThresholds
	);

	it('is frozen and branded', () => {
		expect(Object.isFrozen(disclosed)).toBe(true);
		expect(Object.isFrozen(disclosed.cells)).toBe(true);
		expect(Object.isFrozen(disclosed.cells[0])).toBe(true);
		expect(isDisclosedTable(disclosed)).toBe(true);
		expect(isDisclosedTable({ audience: outside, cells: [], cell: () => undefined })).toBe(false);
		expect(disclosed.audience).toEqual(outside);
	});

	it('cannot be built by hand', () => {
		// @ts-expect-error: only `disclose` can make a DisclosedTable
		const forged: DisclosedTable = { audience: outside, cells: [], cell: () => undefined };
		expect(isDisclosedTable(forged)).toBe(false);
	});

	it('answers unknown keys with undefined', () => {
		expect(disclosed.cell('missing')).toBeUndefined();
	});
});

describe('input checks', () => {
	it('refuses equations that do not add up', () => {
		const input = {
			scale,
			cells: [cell('a', spread(5)), cell('b', spread(6))],
			equations: [{ total: 'a', parts: ['b'] }]
		};
		expect(() => disclose(input, outside, defaultThresholds)).toThrow(/does not add up/);
	});

	it('refuses duplicate keys, unknown keys and impossible sums', () => {
		const twice = { scale, cells: [cell('a', spread(5)), cell('a', spread(5))], equations: [] };
		expect(() => disclose(twice, outside, defaultThresholds)).toThrow(/Duplicate/);
		const unknown = {
			scale,
			cells: [cell('a', spread(5))],
			equations: [{ total: 'a', parts: ['x'] }]
		};
		expect(() => disclose(unknown, outside, defaultThresholds)).toThrow(/unknown cell/);
		const offScale = { scale, cells: [{ ...cell('a', spread(5)), sum: 100 }], equations: [] };
		expect(() => disclose(offScale, outside, defaultThresholds)).toThrow(/outside the scale/);
	});

	it('refuses thresholds that are not whole numbers from 1', () => {
		const input = { scale, cells: [cell('a', spread(5))], equations: [] };
		expect(() => disclose(input, outside, { ...defaultThresholds, inside: 0 })).toThrow(/inside/);
	});
});

describe("a förbund's own table", () => {
	// Nation = A (4, all high) + B (2) + C (20) + D (12): from outside A and B are few, and the
	// insider rule needs a third hidden förbund.
	const national = () =>
		table(
			[
				cell('forbund:1', [7, 7, 6, 7], 1),
				cell('forbund:2', [1, 2], 2),
				cell('forbund:3', spread(20), 3),
				cell('forbund:4', spread(12), 4)
			],
			[['nation', ['forbund:1', 'forbund:2', 'forbund:3', 'forbund:4']]]
		);

	it('shows the förbund its own result from the inside threshold, hiding others instead', () => {
		const disclosed = disclose(national(), { kind: 'inside', forbundId: 1 }, defaultThresholds);
		expect(disclosed.cell('forbund:1')).toMatchObject({ hidden: false, n: 4 });
		expect(disclosed.cell('forbund:2')).toMatchObject({ hidden: true });
		// Seen from A, who knows its own answers, two unknowns must remain.
		expect(hiddenKeys(disclosed).filter((k) => k !== 'forbund:1').length).toBeGreaterThanOrEqual(2);
		expect(disclosed.cell('nation')).toMatchObject({ hidden: false });
		// The public table hides A.
		expect(disclose(national(), outside, defaultThresholds).cell('forbund:1')).toMatchObject({
			hidden: true
		});
	});

	it("still protects the förbund's own small insats from its own staff", () => {
		const own = table(
			[
				cell('insats:1', spread(10), 1),
				cell('insats:2', [6, 7], 1),
				cell('forbund:9', spread(30), 9)
			],
			[
				['forbund:1', ['insats:1', 'insats:2']],
				['nation', ['forbund:1', 'forbund:9']]
			]
		);
		own.cells.find((c) => c.key === 'forbund:1')!.forbundId = 1;
		const disclosed = disclose(own, { kind: 'inside', forbundId: 1 }, defaultThresholds);
		expect(disclosed.cell('insats:2')).toMatchObject({ hidden: true, reason: 'few' });
		// Its total and the other insats would give it away: one of them goes.
		expect(hiddenKeys(disclosed).filter((k) => k === 'insats:1' || k === 'forbund:1')).not.toEqual(
			[]
		);
	});
});
