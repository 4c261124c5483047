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

/** Readers of the public table: the public and every förbund (each knows its own cells). */
function outsideReaders(random: RandomTable): View[] {
	return [null, ...random.forbundIds];
}

function audit(
	attacker: Attacker,
	seed: number,
	audience: Audience,
	options: DiscloseOptions = allRules,
	random: RandomTable = randomTable(seed),
	disclosed = discloseWith(random.table, audience, thresholds, options)
): string[] {
	const { table } = random;
	const problems = publishingProblems(table, disclosed, audience).map((p) => `seed ${seed}: ${p}`);
	const readers: View[] =
		audience.kind === 'outside' ? outsideReaders(random) : [audience.forbundId, null];
	const breaches = attacker.attack({ table, disclosed, thresholds }, readers);
	return [...problems, ...breaches.map((b) => describeBreach(seed, audience, b))];
}

function insideAudience({ forbundIds }: RandomTable, seed: number): Audience {
	return { kind: 'inside', forbundId: forbundIds[seed % forbundIds.length]! };
}

/**
 * The first breach of the given kind that the audit finds in public tables made without one rule,
 * or undefined: proves that the attacker is real and that the rule is needed.
 */
function firstBreach(
	attacker: Attacker,
	options: DiscloseOptions,
	kind: RegExp,
	seeds = 200
): string | undefined {
	for (let seed = 1; seed <= seeds; seed++) {
		const found = audit(attacker, seed, { kind: 'outside' }, options).find((f) => kind.test(f));
		if (found) return found;
	}
	return undefined;
}

describe('attacker audit of disclosed tables', () => {
	let attacker: Attacker;
	const started = Date.now();

	beforeAll(async () => {
		attacker = await Attacker.create();
	});

	// 1,000 public tables (each read by the public and by every förbund) and 1,000 tables for
	// one förbund, in batches that each stay well inside the time limit on a loaded machine.
	const batches = [
		{ from: 1, to: 250 },
		{ from: 251, to: 500 },
		{ from: 501, to: 750 },
		{ from: 751, to: 1000 }
	];
	for (const { from, to } of batches) {
		it(`protects public tables ${from}–${to} against the public and every förbund`, () => {
			const problems: string[] = [];
			for (let seed = from; seed <= to; seed++) {
				problems.push(...audit(attacker, seed, { kind: 'outside' }));
			}
			expect(problems.slice(0, 20)).toEqual([]);
		}, 60_000);
	}

	for (const { from, to } of [
		{ from: 2001, to: 2500 },
		{ from: 2501, to: 3000 }
	]) {
		it(`protects tables ${from}–${to} for one förbund and leaks nothing beyond the public table`, () => {
			const problems: string[] = [];
			for (let seed = from; seed <= to; seed++) {
				const random = randomTable(seed);
				const { table } = random;
				const audience = insideAudience(random, seed);
				const inside = discloseWith(table, audience, thresholds, allRules);
				problems.push(...audit(attacker, seed, audience, allRules, random, inside));
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
	}

	it('finds a cell the public can solve exactly when the complementary rule is off', () => {
		const found = firstBreach(attacker, { ...allRules, complementary: false }, /public: \S+ exact/);
		console.info(`without the complementary rule: ${found}`);
		expect(found).toMatch(/exact/);
	});

	it('finds a cell a förbund can solve or narrow when the insider rule is off', () => {
		const found = firstBreach(attacker, { ...allRules, insider: false }, /, forbund \d+: /);
		console.info(`without the insider rule: ${found}`);
		expect(found).toMatch(/forbund \d+:/);
	});

	it('finds a mean narrowed below two scale steps when the extreme rule is off', () => {
		const found = firstBreach(attacker, { ...allRules, extreme: false }, / narrow /);
		console.info(`without the extreme rule: ${found}`);
		expect(found).toMatch(/narrow mean in/);
	});

	it('reports its size', () => {
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		console.info(
			`audit: ${JSON.stringify(attacker.stats)} in ${seconds} s (2,000 tables and the variants)`
		);
		expect(attacker.stats.linearPrograms).toBeGreaterThan(0);
	});
});
