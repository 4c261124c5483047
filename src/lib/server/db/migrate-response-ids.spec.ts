import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, engines, type TestDatabase } from '$test/database';
import { migrateDatabase, defaultMigrationsFolder } from './migrate';

/** The migrations folder as it stood before response ids became random. */
function foldersBefore(tag: string): string {
	const folder = mkdtempSync(join(tmpdir(), 'nns-migrations-'));
	cpSync(defaultMigrationsFolder, folder, { recursive: true });
	const journalPath = join(folder, 'meta/_journal.json');
	const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
	const index = journal.entries.findIndex((e) => e.tag === tag);
	journal.entries = journal.entries.slice(0, index);
	writeFileSync(journalPath, JSON.stringify(journal));
	return folder;
}

describe.each(engines)('random response ids on %s', (engine) => {
	let database: TestDatabase;
	let before: string;
	beforeAll(async () => {
		before = foldersBefore('0004_random_response_ids');
		database = await createTestDatabase(engine, { migrate: false });
	});
	afterAll(async () => {
		await database.destroy();
		rmSync(before, { recursive: true, force: true });
	});

	it('keeps every answer with its response when serial ids become random', async () => {
		await migrateDatabase(database, before);
		for (const statement of [
			`insert into forbund (id, name, lan, omrade) values (1, 'F', 'Skåne', 'syd')`,
			`insert into questionnaire_version (id, questionnaire_key, version, content_hash, definition)
					values (1, 'styrelse', '2026.1', 'x', '{}')`,
			`insert into round (id, forbund_id, year, questionnaire_version_id, opens_on, closes_on, languages, token, code)
					values (1, 1, 2026, 1, '2026-01-01', '2026-12-31', '{sv}', 't', 'C')`,
			`insert into response (id, round_id, questionnaire_version_id, submission_id, language, source, submitted_on)
					values (1, 1, 1, gen_random_uuid(), 'sv', 'web', '2026-03-01'),
					       (2, 1, 1, gen_random_uuid(), 'sv', 'web', '2026-03-01')`,
			`insert into answer (response_id, statement_key, value, dont_know)
					values (1, 'a', 7, false), (1, 'b', 6, false), (2, 'a', 1, false)`
		]) {
			await database.rows(statement);
		}
		await migrateDatabase(database);
		const rows = await database.rows<{ answers: string; ids: number }>(
			`select string_agg(a.value::text, ',' order by a.value) as answers, count(distinct r.id)::int as ids
			 from response r join answer a on a.response_id = r.id group by r.id order by 1`
		);
		expect(rows).toEqual([
			{ answers: '1', ids: 1 },
			{ answers: '6,7', ids: 1 }
		]);
		const [type] = await database.rows<{ data_type: string }>(
			"select data_type from information_schema.columns where table_name = 'response' and column_name = 'id'"
		);
		expect(type?.data_type).toBe('uuid');
	});
});
