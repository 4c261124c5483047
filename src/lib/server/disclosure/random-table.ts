/**
 * Test support: random tables in the real shapes (nation, områden, län, förbund, insatser,
 * a background breakdown), computed from generated answers so that every equation holds exactly.
 */
import type { CellInput, Equation, Scale, TableInput } from './types';

/** A small seeded generator (mulberry32), so that every audit run sees the same tables. */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Answer {
	value: number;
	group: string;
}

export interface RandomTable {
	table: TableInput<null>;
	forbundIds: number[];
}

const groups = ['kvinna', 'man', 'annat'];

/**
 * A cell as the answers it is made of: the answer lists of its leaves (a förbund without
 * insatser, or an insats), shared by reference with every total above, so that answers added
 * to a leaf later (a correction edition) reach every cell that holds it.
 */
interface CellSpec {
	key: string;
	leaves: Answer[][];
	forbundId: number | null;
	/** A background-question group: only the leaves' answers in this group. */
	group?: string;
}

class Builder {
	readonly specs: CellSpec[] = [];
	readonly equations: Equation[] = [];
	readonly forbundIds: number[] = [];
	/** Every leaf with its förbund, for adding late answers. */
	readonly leaves: { forbundId: number; answers: Answer[] }[] = [];
	private nextForbund = 1;
	private nextInsats = 1;

	constructor(
		private readonly random: () => number,
		readonly scale: Scale
	) {}

	between(low: number, high: number): number {
		return low + Math.floor(this.random() * (high - low + 1));
	}

	/** Many small cells (1–6), some empty, some large. */
	size(): number {
		const r = this.random();
		if (r < 0.1) return 0;
		if (r < 0.6) return this.between(1, 6);
		if (r < 0.8) return this.between(7, 15);
		return this.between(16, 40);
	}

	/** Answers of one group of respondents: often all at one end of the scale. */
	answers(n: number): Answer[] {
		const { min, max } = this.scale;
		const r = this.random();
		const centre = min + this.random() * (max - min);
		const value = (): number => {
			if (r < 0.15) return max;
			if (r < 0.25) return min;
			if (r < 0.35) return max - this.between(0, 1);
			const noisy = centre + (this.random() + this.random() - 1) * 3;
			return Math.min(max, Math.max(min, Math.round(noisy)));
		};
		return Array.from({ length: n }, () => {
			const g = this.random();
			return { value: value(), group: g < 0.5 ? groups[0]! : g < 0.9 ? groups[1]! : groups[2]! };
		});
	}

	spec(key: string, leaves: Answer[][], forbundId: number | null, group?: string): string {
		this.specs.push({ key, leaves, forbundId, ...(group === undefined ? {} : { group }) });
		return key;
	}

	leaf(forbundId: number, answers: Answer[]): Answer[] {
		this.leaves.push({ forbundId, answers });
		return answers;
	}

	forbund(): { key: string; leaves: Answer[][] } {
		const id = this.nextForbund++;
		this.forbundIds.push(id);
		const key = `forbund:${id}`;
		const leaves: Answer[][] = [];
		const insatsEquation: string[] = [];
		if (this.random() < 0.4) {
			for (let p = this.between(1, 4); p > 0; p--) {
				const own = this.leaf(id, this.answers(this.size()));
				insatsEquation.push(this.spec(`insats:${this.nextInsats++}`, [own], id));
				leaves.push(own);
			}
		} else {
			leaves.push(this.leaf(id, this.answers(this.size())));
		}
		this.spec(key, leaves, id);
		if (insatsEquation.length > 0) this.equations.push({ total: key, parts: insatsEquation });
		if (this.random() < 0.3) {
			const parts = groups.map((g) => this.spec(`${key}|kon:${g}`, leaves, id, g));
			this.equations.push({ total: key, parts });
		}
		return { key, leaves };
	}

	/** A total over parts, with its equation. */
	total(key: string, parts: { key: string; leaves: Answer[][] }[]) {
		const leaves = parts.flatMap((p) => p.leaves);
		this.spec(key, leaves, null);
		this.equations.push({ total: key, parts: parts.map((p) => p.key) });
		return { key, leaves };
	}

	/** The table as the answers stand now. */
	table(): TableInput<null> {
		const cells = this.specs.map(({ key, leaves, forbundId, group }): CellInput<null> => {
			const answers = leaves.flat().filter((a) => group === undefined || a.group === group);
			const cell: CellInput<null> = {
				key,
				n: answers.length,
				sum: answers.reduce((a, x) => a + x.value, 0),
				sumSquares: answers.reduce((a, x) => a + x.value * x.value, 0),
				forbundId,
				payload: null
			};
			if (group !== undefined) cell.breakdown = true;
			return cell;
		});
		return { scale: this.scale, cells, equations: this.equations.map((e) => ({ ...e })) };
	}
}

/** How many områden, län in each and förbund in each län, at most. */
interface Shape {
	omraden: number;
	lan: number;
	forbund: number;
}

const fullShape: Shape = { omraden: 4, lan: 4, forbund: 5 };

/** A nation of 2–4 områden, each of 1–4 län, each of 1–5 förbund (or a smaller shape). */
function build(seed: number, shape: Shape = fullShape): Builder {
	const random = mulberry32(seed);
	const scale = random() < 0.8 ? { min: 1, max: 7 } : { min: 1, max: 5 };
	const b = new Builder(random, scale);
	const allForbund: string[] = [];
	const omraden = Array.from({ length: b.between(2, shape.omraden) }, (_, o) => {
		const lan = Array.from({ length: b.between(1, shape.lan) }, (_, l) => {
			const forbund = Array.from({ length: b.between(1, shape.forbund) }, () => b.forbund());
			allForbund.push(...forbund.map((f) => f.key));
			return b.total(`lan:${o + 1}-${l + 1}`, forbund);
		});
		return b.total(`omrade:${o + 1}`, lan);
	});
	b.total('nation', omraden);
	// The nation is also the sum of all förbund (a redundant equation, as real tables have).
	b.equations.push({ total: 'nation', parts: allForbund });
	return b;
}

/** One random table: a nation of 2–4 områden, each of 1–4 län, each of 1–5 förbund. */
export function randomTable(seed: number): RandomTable {
	const b = build(seed);
	return { table: b.table(), forbundIds: b.forbundIds };
}

export interface RandomEditions {
	/** The first edition's table and the same year's table after the late answers. */
	first: TableInput<null>;
	second: TableInput<null>;
	forbundIds: number[];
	/** Late answers by förbund. */
	late: Map<number, number>;
}

/**
 * A random table (of a smaller shape than `randomTable`'s, since the attacker of two editions
 * solves programs about three times the size) as the first edition, and the same table after
 * late answers arrived in random förbund (and insatser): none in a quarter of the cases,
 * 1–4 answers in one or two places in a third, else 1–10 answers in each of 2–6 places.
 */
export function randomEditions(seed: number): RandomEditions {
	const b = build(seed, { omraden: 3, lan: 2, forbund: 4 });
	const first = b.table();
	const random = mulberry32(seed ^ 0x5eed);
	const pick = () => b.leaves[Math.floor(random() * b.leaves.length)]!;
	const late = new Map<number, number>();
	const add = (count: number) => {
		const leaf = pick();
		leaf.answers.push(...b.answers(count));
		late.set(leaf.forbundId, (late.get(leaf.forbundId) ?? 0) + count);
	};
	const r = random();
	if (r < 0.25) {
		// nothing late
	} else if (r < 0.6) {
		for (let places = 1 + Math.floor(random() * 2); places > 0; places--) {
			add(1 + Math.floor(random() * 4));
		}
	} else {
		for (let places = 2 + Math.floor(random() * 5); places > 0; places--) {
			add(1 + Math.floor(random() * 10));
		}
	}
	return { first, second: b.table(), forbundIds: b.forbundIds, late };
}
