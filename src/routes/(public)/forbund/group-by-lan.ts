import type { ForbundListItem } from '$lib/server/db/forbund';

export interface LanGroup {
	lan: string;
	forbund: Pick<ForbundListItem, 'id' | 'name' | 'active'>[];
}

const collator = new Intl.Collator('sv-SE');

/** Groups förbund by län, both sorted in Swedish alphabetical order (å, ä, ö last). */
export function groupByLan(items: ForbundListItem[]): LanGroup[] {
	const groups = new Map<string, LanGroup>();
	for (const item of items) {
		let group = groups.get(item.lan);
		if (!group) {
			group = { lan: item.lan, forbund: [] };
			groups.set(item.lan, group);
		}
		group.forbund.push({ id: item.id, name: item.name, active: item.active });
	}
	const sorted = [...groups.values()].sort((a, b) => collator.compare(a.lan, b.lan));
	for (const group of sorted) group.forbund.sort((a, b) => collator.compare(a.name, b.name));
	return sorted;
}
