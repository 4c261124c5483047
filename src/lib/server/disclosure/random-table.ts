/**
 * Test support: random tables in the real shapes (nation, områden, län, associations, programmes,
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

class Builder {
	readonly cells: CellInput<null>[] = [];
	readonly equations: Equation[] = [];
	readonly forbundIds: number[] = [];
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

	cell(key: string, answers: Answer[], forbundId: number | null, breakdown = false): string {
		const cell: CellInput<null> = {
			key,
			n: answers.length,
			sum: answers.reduce((a, x) => a + x.value, 0),
			sumSquares: answers.reduce((a, x) => a + x.value * x.value, 0),
			forbundId,
			payload: null
		};
		if (breakdown) cell.breakdown = true;
		this.cells.push(cell);
		return key;
	}

	forbund(): { key: string; answers: Answer[] } {
		const id = this.nextForbund++;
		this.forbundIds.push(id);
		const key = `forbund:${id}`;
		let answers: Answer[];
		const programmeEquation: string[] = [];
		if (this.random() < 0.4) {
			answers = [];
			for (let p = this.between(1, 4); p > 0; p--) {
				const own = this.answers(this.size());
				programmeEquation.push(this.cell(`insats:${this.nextInsats++}`, own, id));
				answers.push(...own);
			}
		} else {
			answers = this.answers(this.size());
		}
		this.cell(key, answers, id);
		if (programmeEquation.length > 0) this.equations.push({ total: key, parts: programmeEquation });
		if (this.random() < 0.3) {
			const parts = groups.map((g) =>
				this.cell(
					`${key}|kon:${g}`,
					answers.filter((a) => a.group === g),
					id,
					true
				)
			);
			this.equations.push({ total: key, parts });
		}
		return { key, answers };
	}

	/** A total over parts, with its equation. */
	total(key: string, parts: { key: string; answers: Answer[] }[]) {
		const answers = parts.flatMap((p) => p.answers);
		this.cell(key, answers, null);
		this.equations.push({ total: key, parts: parts.map((p) => p.key) });
		return { key, answers };
	}
}

/** One random table: a nation of 2–4 områden, each of 1–4 län, each of 1–5 associations. */
export function randomTable(seed: number): RandomTable {
	const random = mulberry32(seed);
	const scale = random() < 0.8 ? { min: 1, max: 7 } : { min: 1, max: 5 };
	const b = new Builder(random, scale);
	const allForbund: string[] = [];
	const omraden = Array.from({ length: b.between(2, 4) }, (_, o) => {
		const lan = Array.from({ length: b.between(1, 4) }, (_, l) => {
			const forbund = Array.from({ length: b.between(1, 5) }, () => b.forbund());
			allForbund.push(...forbund.map((f) => f.key));
			return b.total(`lan:${o + 1}-${l + 1}`, forbund);
		});
		return b.total(`omrade:${o + 1}`, lan);
	});
	b.total('nation', omraden);
	// The nation is also the sum of all associations (a redundant equation, as real tables have).
	b.equations.push({ total: 'nation', parts: allForbund });
	return {
		table: { scale, cells: b.cells, equations: b.equations },
		forbundIds: b.forbundIds
	};
}
