import Papa from 'papaparse';
import { z } from 'zod';
import { omraden } from '../db/schema';
import registerCsv from './forbund.csv?raw';

const registerRow = z.object({
	namn: z.string().trim().min(1),
	lan: z.string().trim().min(1),
	omrade: z.enum(omraden)
});
export type RegisterRow = z.infer<typeof registerRow>;

/** Parses the förbund register shipped with the platform (a copy of NNS's list). */
export function parseRegister(csv: string = registerCsv): RegisterRow[] {
	const parsed = Papa.parse<Record<string, string>>(csv.trim(), {
		header: true,
		skipEmptyLines: true
	});
	if (parsed.errors.length > 0) {
		const first = parsed.errors[0]!;
		throw new Error(`forbund.csv rad ${(first.row ?? 0) + 2}: ${first.message}`);
	}
	return parsed.data.map((row, index) => {
		const result = registerRow.safeParse(row);
		if (!result.success) {
			throw new Error(`forbund.csv rad ${index + 2}: ${result.error.issues[0]?.message}`);
		}
		return result.data;
	});
}
