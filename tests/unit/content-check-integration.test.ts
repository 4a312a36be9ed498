/** The build itself refuses bad content: the integration that runs at the start of `astro build` throws, naming file and field. */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import contentCheck from '../../src/integrations/content-check.ts';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function runSetup(command: 'build' | 'dev' | 'preview') {
	const hook = contentCheck().hooks['astro:config:setup'] as (options: unknown) => void;
	hook({ config: { root: pathToFileURL(`${root}/`) }, command });
}

function projectWith(serviceYaml: string) {
	root = mkdtempSync(join(tmpdir(), 'llr-content-'));
	mkdirSync(join(root, 'content/services'), { recursive: true });
	cpSync('content/guides', join(root, 'content/guides'), { recursive: true });
	cpSync('content/crisis-lines.yaml', join(root, 'content/crisis-lines.yaml'));
	for (const name of ['do-not-publish.yaml', 'search-vocabulary.yaml', 'crisis-terms.yaml', 'glossary.yaml']) cpSync(join('content', name), join(root, 'content', name));
	cpSync('content/services/samaritans.yaml', join(root, 'content/services/samaritans.yaml'));
	writeFileSync(join(root, 'content/services/broken-service.yaml'), serviceYaml);
}

test('a bad entry stops the build with the file and field named', () => {
	projectWith('name: Broken\nslug: broken-service\nsummary: No full stop here\n');
	expect(() => runSetup('build')).toThrow(/content\/services\/broken-service\.yaml: summary: must end with a full stop/);
	expect(() => runSetup('dev')).toThrow(/broken-service\.yaml: offers: /);
});

test('good content lets the build go ahead', () => {
	projectWith('');
	rmSync(join(root, 'content/services/broken-service.yaml'));
	expect(() => runSetup('build')).not.toThrow();
});

test('a YAML syntax error is reported against its file', () => {
	projectWith('name: [unclosed\n');
	expect(() => runSetup('build')).toThrow(/broken-service\.yaml: \(whole entry\): is not valid YAML/);
});

describe('a number that must never be published stops the build, however it is written and wherever it is', () => {
	const spellings = ['+44 116 295 3060', '0116-295-3060', '01162953060', '0044 (0)116 295 3060'];
	test.each(spellings)('%s in a guide', (number) => {
		projectWith('');
		rmSync(join(root, 'content/services/broken-service.yaml'));
		const guide = join(root, 'content/guides/sleep.md');
		writeFileSync(guide, readFileSync(guide, 'utf8') + `\nOr call ${number} for help.\n`);
		expect(() => runSetup('build')).toThrow(/content\/guides\/sleep\.md: line \d+: contains 0116 295 3060, which must not be published/);
	});
	test.each(spellings)('%s in the glossary', (number) => {
		projectWith('');
		rmSync(join(root, 'content/services/broken-service.yaml'));
		const glossary = join(root, 'content/glossary.yaml');
		writeFileSync(glossary, readFileSync(glossary, 'utf8').replace(/definition: (.*)$/m, `definition: $1 Call ${number}.`));
		expect(() => runSetup('build')).toThrow(/content\/glossary\.yaml: 0\.definition: contains 0116 295 3060/);
	});
	test.each(spellings)('%s as a contact', (number) => {
		const samaritans = readFileSync('content/services/samaritans.yaml', 'utf8');
		projectWith(samaritans.replace('slug: samaritans', 'slug: broken-service').replace(/number: 116 123/, `number: '${number}'`));
		expect(() => runSetup('build')).toThrow(/content\/services\/broken-service\.yaml: contacts\.\d+\.number: contains 0116 295 3060/);
	});
	test('a number that only shares some digits is not caught', () => {
		projectWith('');
		rmSync(join(root, 'content/services/broken-service.yaml'));
		const guide = join(root, 'content/guides/sleep.md');
		writeFileSync(guide, readFileSync(guide, 'utf8') + '\nCall 0116 295 3061 or 0808 800 3302.\n');
		expect(() => runSetup('build')).not.toThrow();
	});
});
