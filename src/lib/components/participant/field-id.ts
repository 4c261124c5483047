/** A DOM id from a form field name (`s.i01-respekt` → `f-s-i01-respekt`). */
export function fieldId(name: string): string {
	return `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
