import { describe, expect, it } from 'vitest';
import { groupByLan } from './group-by-lan';

const item = (id: number, name: string, lan: string) =>
	({ id, name, lan, omrade: 'syd', active: true }) as const;

describe('groupByLan', () => {
	it('sorts län and names in Swedish order, with Å, Ä and Ö after Z', () => {
		const groups = groupByLan([
			item(1, 'Östra Skaraborg', 'Västra Götaland'),
			item(2, 'Ale', 'Västra Götaland'),
			item(3, 'Örebro', 'Örebro'),
			item(4, 'Zeta', 'Skåne'),
			item(5, 'Åsele', 'Skåne')
		]);
		expect(groups.map((g) => g.lan)).toEqual(['Skåne', 'Västra Götaland', 'Örebro']);
		expect(groups[0]?.forbund.map((f) => f.name)).toEqual(['Zeta', 'Åsele']);
		expect(groups[1]?.forbund.map((f) => f.name)).toEqual(['Ale', 'Östra Skaraborg']);
	});
});
