import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument, type Document } from 'yaml';
import { participantQuestionnaires, questionnaireKeys } from '../../instrument/keys';
import { InstrumentError } from './instrument-error';
import { loadInstrument } from './load-instrument';

const temporaryDirs: string[] = [];
afterEach(() => {
	for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the shipped surveys/ folder, with one file changed through the YAML document API. */
function brokenCopy(file: string, change: (document: Document) => void): string {
	const root = mkdtempSync(join(tmpdir(), 'nns-instrument-'));
	temporaryDirs.push(root);
	const dir = join(root, 'surveys');
	cpSync('surveys', dir, { recursive: true });
	const path = join(dir, file);
	const document = parseDocument(readFileSync(path, 'utf8'));
	change(document);
	writeFileSync(path, document.toString());
	return dir;
}

function problemsOf(dir: string): string[] {
	try {
		loadInstrument(dir);
	} catch (error) {
		if (error instanceof InstrumentError) return error.message.split('\n');
		throw error;
	}
	throw new Error('the instrument loaded without problems');
}

describe('the shipped instrument', () => {
	const instrument = loadInstrument('surveys');

	it('has the six questionnaires and sixteen indicators of the framework', () => {
		expect(instrument.questionnaires.map((q) => q.key)).toEqual([...questionnaireKeys]);
		expect(instrument.indicators.map((i) => i.code)).toEqual(
			Array.from({ length: 16 }, (_, i) => `I${String(i + 1).padStart(2, '0')}`)
		);
	});

	it('offers the participant questionnaires in seven languages, Arabic and Persian right to left', () => {
		for (const key of participantQuestionnaires) {
			const questionnaire = instrument.questionnaires.find((q) => q.key === key)!;
			expect(Object.keys(questionnaire.languages).sort()).toEqual(
				['ar', 'en', 'fa', 'lattlast', 'so', 'sv', 'ti'].sort()
			);
		}
		const rtl = instrument.languages.filter((l) => l.dir === 'rtl').map((l) => l.code);
		expect(rtl.sort()).toEqual(['ar', 'fa']);
	});

	it('offers every other questionnaire in Swedish and English', () => {
		for (const questionnaire of instrument.questionnaires) {
			expect(Object.keys(questionnaire.languages)).toEqual(expect.arrayContaining(['sv', 'en']));
		}
	});

	it('gives each statement the questionnaire scale unless it names its own', () => {
		const statement = instrument.questionnaires[0]!.statements[0]!;
		expect(statement.scale).toBe('instammer-7');
	});
});

describe('loadInstrument names each problem by file, path and kind', () => {
	it('a missing translation', () => {
		const dir = brokenCopy('deltagare-avslut.yaml', (d) =>
			d.deleteIn(['statements', 4, 'text', 'ar'])
		);
		expect(problemsOf(dir)).toEqual([
			'surveys/deltagare-avslut.yaml: statements[4].text.ar: missing'
		]);
	});

	it('a missing field', () => {
		const dir = brokenCopy('chefer.yaml', (d) => d.deleteIn(['statements', 2, 'indicator']));
		expect(problemsOf(dir)).toContain('surveys/chefer.yaml: statements[2].indicator: missing');
	});

	it('a duplicated statement key', () => {
		const dir = brokenCopy('chefer.yaml', (d) => d.setIn(['statements', 1, 'key'], 'i07-uppdrag'));
		expect(problemsOf(dir)).toContain(
			"surveys/chefer.yaml: statements[1].key: duplicate key 'i07-uppdrag'"
		);
	});

	it('an indicator that does not exist', () => {
		const dir = brokenCopy('styrelse.yaml', (d) => d.setIn(['statements', 0, 'indicator'], 'I99'));
		expect(problemsOf(dir)).toContain(
			"surveys/styrelse.yaml: statements[0].indicator: unknown indicator 'I99'"
		);
	});

	it('an indicator the framework marks but the questionnaire does not measure', () => {
		const dir = brokenCopy('deltagare-avslut.yaml', (d) => {
			const statements = d.get('statements') as { items: { get(k: string): unknown }[] };
			statements.items = statements.items.filter((item) => item.get('indicator') !== 'I05');
		});
		expect(problemsOf(dir)).toEqual([
			'surveys/deltagare-avslut.yaml: statements: indicator I05 must be measured by 2 to 4 statements, found 0'
		]);
	});

	it('an indicator measured where the framework does not mark it', () => {
		const dir = brokenCopy('styrelse.yaml', (d) => d.setIn(['statements', 0, 'indicator'], 'I01'));
		expect(problemsOf(dir)).toContain(
			'surveys/styrelse.yaml: statements: indicator I01 is not measured in styrelse by the framework'
		);
	});

	it('a scale whose ends are the wrong way round', () => {
		const dir = brokenCopy('instrument.yaml', (d) => d.setIn(['scales', 0, 'min'], 8));
		expect(problemsOf(dir)).toEqual(
			expect.arrayContaining([
				'surveys/instrument.yaml: scales[0].max: must be greater than min',
				'surveys/instrument.yaml: scales[0].positiveFrom: must lie above min and at most max'
			])
		);
	});

	it('a scale label missing in a language the questionnaires offer', () => {
		const dir = brokenCopy('instrument.yaml', (d) => d.deleteIn(['scales', 0, 'dontKnow', 'ti']));
		expect(problemsOf(dir)).toEqual(['surveys/instrument.yaml: scales[0].dontKnow.ti: missing']);
	});

	it('a questionnaire that names an unknown scale', () => {
		const dir = brokenCopy('remittenter.yaml', (d) => d.set('scale', 'instammer-5'));
		expect(problemsOf(dir)).toContain(
			"surveys/remittenter.yaml: scale: unknown scale 'instammer-5'"
		);
	});

	it('a background option key used twice', () => {
		const dir = brokenCopy('deltagare-pagaende.yaml', (d) =>
			d.setIn(['background', 0, 'options', 1, 'key'], 'kvinna')
		);
		expect(problemsOf(dir)).toContain(
			"surveys/deltagare-pagaende.yaml: background[0].options[1].key: duplicate option 'kvinna'"
		);
	});

	it('a background option label used twice in one language', () => {
		const dir = brokenCopy('insatspersonal.yaml', (d) =>
			d.setIn(['background', 0, 'options', 3, 'label', 'en'], 'The municipality')
		);
		expect(problemsOf(dir)).toContain(
			"surveys/insatspersonal.yaml: background[0].options[3].label.en: duplicate label 'The municipality'"
		);
	});

	it('a value of the wrong type and a field that does not belong', () => {
		const dir = brokenCopy('chefer.yaml', (d) => {
			d.set('minutes', 'fem');
			d.set('colour', 'blue');
		});
		const problems = problemsOf(dir);
		expect(problems.some((p) => p.startsWith('surveys/chefer.yaml: minutes: '))).toBe(true);
		expect(problems).toContain("surveys/chefer.yaml: unknown field 'colour'");
	});

	it('a text in a language the instrument does not define', () => {
		const dir = brokenCopy('chefer.yaml', (d) => d.setIn(['title', 'de'], 'Umfrage'));
		expect(problemsOf(dir)).toContain('surveys/chefer.yaml: title.de: unknown language');
	});

	it('a YAML syntax error, by line', () => {
		const dir = brokenCopy('styrelse.yaml', () => {});
		writeFileSync(join(dir, 'styrelse.yaml'), 'key: styrelse\nversion: [2026.1\n');
		expect(problemsOf(dir).some((p) => /^surveys\/styrelse\.yaml: line \d+: /.test(p))).toBe(true);
	});

	it('a questionnaire file that is missing', () => {
		const dir = brokenCopy('remittenter.yaml', () => {});
		rmSync(join(dir, 'remittenter.yaml'));
		expect(problemsOf(dir)).toEqual(['surveys/remittenter.yaml: missing questionnaire file']);
	});
});

describe('npm run surveys:check', () => {
	const run = (dir?: string) =>
		spawnSync('npx', ['--no-install', 'tsx', 'scripts/surveys-check.ts', ...(dir ? [dir] : [])], {
			encoding: 'utf8'
		});

	it('passes on the shipped files', () => {
		const result = run();
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/Instrumentet 2026\.1 är giltigt: 6 enkäter, 16 indikatorer/);
	});

	it('fails with the precise message on a broken copy', () => {
		const dir = brokenCopy('deltagare-avslut.yaml', (d) =>
			d.deleteIn(['statements', 4, 'text', 'ar'])
		);
		const result = run(dir);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			'surveys/deltagare-avslut.yaml: statements[4].text.ar: missing'
		);
	});
});
