import { beforeAll, describe, expect, it } from 'vitest';
import { Attacker, type Breach, type View } from './attacker';
import { discloseWith, type DisclosedTable } from './disclose';
import { randomTable, type RandomTable } from './random-table';
import { thresholdFor } from './rules';
import { effectiveOwners } from './work';
import {
	allRules,
	defaultThresholds,
	type Audience,
	type DiscloseOptions,
	type TableInput
} from './types';

const thresholds = defaultThresholds;

function ownersOf(table: TableInput<null>): (number | null)[] {
	const index = new Map(table.cells.map((c, i) => [c.key, i]));
	const equations = table.equations.map((eq) => ({
		total: index.get(eq.total)!,
		parts: eq.parts.map((p) => index.get(p)!)
	}));
	return effectiveOwners(table.cells, equations, (i) => table.cells[i]!.n === 0);
}

/** Problems with what was published: altered figures, leaks through a hidden cell, thresholds. */
function publishingProblems(
	table: TableInput<null>,
	disclosed: DisclosedTable<null>,
	audience: Audience
): string[] {
	const problems: string[] = [];
	const owner = ownersOf(table);
	table.cells.forEach((cell, i) => {
		const shown = disclosed.cell(cell.key);
		if (!shown) {
			problems.push(`${cell.key}: missing`);
		} else if (shown.hidden) {
			if (Object.keys(shown).sort().join() !== 'hidden,key,reason') {
				problems.push(`${cell.key}: hidden cell carries ${Object.keys(shown).join()}`);
			}
			if (cell.n === 0) problems.push(`${cell.key}: empty cell hidden`);
		} else {
			if (shown.n !== cell.n || shown.sum !== cell.sum || shown.sumSquares !== cell.sumSquares) {
				problems.push(`${cell.key}: published figures altered`);
			}
			if (cell.n > 0 && cell.n < thresholdFor(cell, owner[i]!, audience, thresholds)) {
				problems.push(`${cell.key}: published with n = ${cell.n}`);
			}
		}
	});
	for (const eq of table.equations) {
		const groups = eq.parts.map((p) => table.cells.find((c) => c.key === p)!);
		if (!groups.every((g) => g.breakdown)) continue;
		const hidden = groups.filter((g) => disclosed.cell(g.key)?.hidden);
		const shownNonEmpty = groups.filter((g) => g.n > 0 && !disclosed.cell(g.key)?.hidden);
		if (hidden.length > 0 && shownNonEmpty.length > 0) {
			problems.push(`${eq.total}: breakdown partly shown`);
		}
	}
	return problems;
}

function describeBreach(seed: number, audience: Audience, b: Breach): string {
	const reader = b.view === null ? 'public' : `forbund ${b.view}`;
	const where = audience.kind === 'outside' ? 'outside' : `inside ${audience.forbundId}`;
	const interval =
		b.kind === 'narrow' ? ` mean in [${b.low?.toFixed(3)}, ${b.high?.toFixed(3)}]` : '';
	return `seed ${seed} ${where}, ${reader}: ${b.key} ${b.kind}${interval}`;
}

/** Readers of the public table: the public and every association (each knows its own cells). */
function outsideReaders(random: RandomTable): View[] {
	return [null, ...random.forbundIds];
}

function audit(
	attacker: Attacker,
	seed: number,
	audience: Audience,
	options: DiscloseOptions = allRules
): string[] {
	const random = randomTable(seed);
	const { table } = random;
	const disclosed = discloseWith(table, audience, thresholds, options);
	const problems = publishingProblems(table, disclosed, audience).map((p) => `seed ${seed}: ${p}`);
	const readers: View[] =
		audience.kind === 'outside' ? outsideReaders(random) : [audience.forbundId, null];
	const breaches = attacker.attack({ table, disclosed, thresholds }, readers);
	return [...problems, ...breaches.map((b) => describeBreach(seed, audience, b))];
}

function insideAudience(seed: number): Audience {
	const { forbundIds } = randomTable(seed);
	return { kind: 'inside', forbundId: forbundIds[seed % forbundIds.length]! };
}

/** Seeds until the audit finds a breach, or undefined: proves the attacker is real. */
function firstBreach(attacker: Attacker, options: DiscloseOptions, seeds: number): string[] {
	for (let seed = 1; seed <= seeds; seed++) {
		const found = audit(attacker, seed, { kind: 'outside' }, options);
		if (found.length > 0) return found;
	}
	return [];
}

describe('attacker audit of disclosed tables', () => {
	let attacker: Attacker;
	const started = Date.now();

	beforeAll(async () => {
		attacker = await Attacker.create();
	});

	const batches = [
		{ from: 1, to: 400 },
		{ from: 401, to: 800 },
		{ from: 801, to: 1200 }
	];
	for (const { from, to } of batches) {
		it(`protects public tables ${from}–${to} against the public and every association`, () => {
			const problems: string[] = [];
			for (let seed = from; seed <= to; seed++) {
				problems.push(...audit(attacker, seed, { kind: 'outside' }));
			}
			expect(problems.slice(0, 20)).toEqual([]);
		}, 60_000);
	}

	it('protects tables for one association against itself and leaks nothing beyond the public table', () => {
		const problems: string[] = [];
		for (let seed = 2001; seed <= 2800; seed++) {
			const audience = insideAudience(seed);
			problems.push(...audit(attacker, seed, audience));
			const { table } = randomTable(seed);
			const inside = discloseWith(table, audience, thresholds, allRules);
			const outside = discloseWith(table, { kind: 'outside' }, thresholds, allRules);
			const owner = ownersOf(table);
			table.cells.forEach((cell, i) => {
				const own = audience.kind === 'inside' && owner[i] === audience.forbundId;
				if (!own && outside.cell(cell.key)?.hidden && !inside.cell(cell.key)?.hidden) {
					problems.push(`seed ${seed}: ${cell.key} hidden outside but shown inside`);
				}
			});
		}
		expect(problems.slice(0, 20)).toEqual([]);
	}, 60_000);

	it('finds a breach when the complementary rule is off', () => {
		const found = firstBreach(
			attacker,
			{ complementary: false, insider: false, extreme: false },
			50
		);
		expect(found.some((f) => f.includes('public') && f.includes('exact'))).toBe(true);
	});

	it('finds a breach when the insider rule is off', () => {
		const found = firstBreach(
			attacker,
			{ complementary: true, insider: false, extreme: true },
			200
		);
		expect(found.some((f) => f.includes('forbund') && !f.includes('public'))).toBe(true);
	});

	it('finds a breach when the extreme rule is off', () => {
		const found = firstBreach(
			attacker,
			{ complementary: true, insider: true, extreme: false },
			200
		);
		expect(found.some((f) => f.includes('narrow'))).toBe(true);
	});

	it('reports its size', () => {
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		console.info(
			`audit: ${JSON.stringify(attacker.stats)} in ${seconds} s (2,000 tables and the variants)`
		);
		expect(attacker.stats.linearPrograms).toBeGreaterThan(0);
	});
});
