/** The build itself refuses bad content: the integration that runs at the start of `astro build` throws, naming file and field. */
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, test } from 'vitest';
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
