/**
 * A small seeded generator (mulberry32) so that demo data is the same on every machine and
 * every start: screenshots, tests and the README's demo logins stay stable.
 */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max]. */
	int(min: number, max: number): number;
	pick<T>(items: readonly T[]): T;
	/** `count` distinct items in random order. */
	sample<T>(items: readonly T[], count: number): T[];
	chance(probability: number): boolean;
}

export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		pick: (items) => {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[int(0, items.length - 1)]!;
		},
		sample: (items, count) => {
			const pool = [...items];
			for (let i = pool.length - 1; i > 0; i--) {
				const j = int(0, i);
				[pool[i], pool[j]] = [pool[j]!, pool[i]!];
			}
			return pool.slice(0, Math.min(count, pool.length));
		},
		chance: (probability) => next() < probability
	};
}
