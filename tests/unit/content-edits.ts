/**
 * Edits a content editor could make, each changing one thing in the real content folder. The content check must
 * refuse every one (`refuses` says what its message must say), and accept each in `acceptedEdits`.
 * An edit is applied to the folder's files in memory; nothing is copied or written.
 */
export type ContentFiles = readonly { path: string; text: string }[];
export type ContentEdit = { name: string; edit: (files: ContentFiles) => ContentFiles; refuses: RegExp };

const samaritans = 'content/services/samaritans.yaml';
const sleepGuide = 'content/guides/sleep.md';
const note = 'You do not need any credit on your phone to call 116 123.';

/** The folder with one file's text changed. */
function change(path: string, replace: (text: string) => string) {
	return (files: ContentFiles) =>
		files.map((file) => (file.path === path ? { ...file, text: replace(file.text) } : file));
}

/** The folder with one more file. */
function add(path: string, text: (files: ContentFiles) => string) {
	return (files: ContentFiles) => [...files, { path, text: text(files) }];
}

function textOf(files: ContentFiles, path: string): string {
	return files.find((file) => file.path === path)!.text;
}

/** A service note saying `words`, in single quotes so YAML keeps it as written. */
const inServiceNote = (words: string) =>
	change(samaritans, (text) => text.replace(note, `'Or call ${words.replace(/'/g, "''")}.'`));
/** A sentence added to the end of a guide. */
const inGuide = (words: string) => change(sleepGuide, (text) => `${text}\nYou can also ${words}.\n`);

/** The superseded Central Access Point number, written the ways people and tools write numbers. */
export const spellings: [string, string][] = [
	['spaced', '0116 295 3060'],
	['with +44', '+44 116 295 3060'],
	['with 0044 and (0)', '0044 (0)116 295 3060'],
	['with hyphens', '0116-295-3060'],
	['run together', '01162953060'],
	['with slashes', '0116/295/3060'],
	['with dots', '0116.295.3060'],
	['with en dashes', '0116–295–3060'],
	['with no-break spaces', '0116\u00a0295\u00a03060'],
	['with zero-width spaces', '0116\u200b295\u200b3060'],
	['with a soft hyphen', '0116\u00ad295\u00ad3060'],
	['in full-width digits', '０１１６ ２９５ ３０６０'],
	['with a letter O for a zero', '0116 295 3O60'],
	['in words', 'oh one one six two nine five three oh six oh'],
	['in words with "double"', 'oh double one six, two nine five, three zero six zero'],
	['as HTML entities', '&#48;&#49;&#49;&#54; 295 3060'],
	['URL-encoded', '%30%31%31%36%20295%203060'],
	['double URL-encoded', '%2530116%2520295%25203060'],
];

const mustNotPublish = /contains 0116 295 3060, which must not be published/;

export const badEdits: ContentEdit[] = [
	...spellings.map(([how, number]): ContentEdit => ({
		name: `the old number ${how}, in a service`,
		edit: inServiceNote(number),
		refuses: new RegExp(`samaritans\\.yaml: access\\.notes\\.0: ${mustNotPublish.source}`),
	})),
	...spellings.map(([how, number]): ContentEdit => ({
		name: `the old number ${how}, in a guide`,
		edit: inGuide(`call ${number}`),
		refuses: new RegExp(`sleep\\.md: line \\d+: ${mustNotPublish.source}`),
	})),
	{
		name: 'the old number split across a line break in a guide',
		edit: inGuide('call 0116 295\n3060'),
		refuses: mustNotPublish,
	},
	{
		name: 'the old number split by Markdown emphasis in a guide',
		edit: inGuide('call 0116 **295** 3060'),
		refuses: mustNotPublish,
	},
	{
		name: 'the old number split by underscores in a guide',
		edit: inGuide('call 0116 _295_ 3060'),
		refuses: mustNotPublish,
	},
	{
		name: 'the old number only in a tel: link in a guide',
		edit: inGuide('[call the team](tel:01162953060)'),
		refuses: mustNotPublish,
	},
	{
		name: 'the old number URL-encoded in a tel: link in a guide',
		edit: inGuide('[call the team](tel:%2B441162953060)'),
		refuses: mustNotPublish,
	},
	{
		name: 'the old number URL-encoded in a web link in a service',
		edit: change(samaritans, (text) =>
			text.replace('url: https://www.samaritans.org', 'url: https://www.samaritans.org/?call=%30116%20295%203060'),
		),
		refuses: /samaritans\.yaml: contacts\.0\.url: contains 0116 295 3060/,
	},
	{
		name: 'the old number in the glossary',
		edit: change('content/glossary.yaml', (text) =>
			text.replace(/definition: (.*)$/m, 'definition: $1 Call 0116 295 3060.'),
		),
		refuses: /glossary\.yaml: 0\.definition: contains 0116 295 3060/,
	},
	{
		name: 'the old number in a crisis line',
		edit: change('content/crisis-lines.yaml', (text) =>
			text.replace('for yourself or for someone else.', 'for yourself or for someone else, on 0116 295 3060.'),
		),
		refuses: /crisis-lines\.yaml: \d+\.purpose: contains 0116 295 3060/,
	},
	{
		name: 'the old number in the search vocabulary',
		edit: change('content/search-vocabulary.yaml', (text) => text.replace('stopWords: [', 'stopWords: [01162953060, ')),
		refuses: /search-vocabulary\.yaml: stopWords\.0: contains 0116 295 3060/,
	},
	{
		name: 'the old number as a contact',
		edit: change('content/services/papyrus-hopeline.yaml', (text) =>
			text.replace('number: 0800 068 4141', "number: '0116 295 3060'"),
		),
		refuses: /papyrus-hopeline\.yaml: contacts\.0\.number: contains 0116 295 3060/,
	},
	{ name: 'the staff-only ARC number', edit: inServiceNote('0116 225 2728'), refuses: /contains 0116 225 2728/ },
	{
		name: 'the do-not-publish list emptied',
		edit: change('content/do-not-publish.yaml', (text) => text.replace(/^- [\s\S]*$/m, '[]\n')),
		refuses: /do-not-publish\.yaml: \(whole entry\): is empty/,
	},
	{
		name: 'the do-not-publish list deleted',
		edit: (files) => files.filter((file) => file.path !== 'content/do-not-publish.yaml'),
		refuses: /do-not-publish\.yaml: \(whole entry\): is missing/,
	},
	{
		name: 'a service in a sub-folder',
		edit: add('content/services/old/samaritans-copy.yaml', (files) => textOf(files, samaritans)),
		refuses:
			/services\/old\/samaritans-copy\.yaml: \(whole entry\): is not read: service files go directly in content\/services\//,
	},
	{
		name: 'a service with the old number in a sub-folder',
		edit: add('content/services/old/cap.yaml', (files) =>
			textOf(files, samaritans).replace(note, 'Call 0116 295 3060.'),
		),
		refuses: /services\/old\/cap\.yaml: \(whole entry\): is not read/,
	},
	{
		name: 'a service saved as .YAML with the old number',
		edit: add('content/services/new-line.YAML', (files) =>
			textOf(files, samaritans).replace(note, 'Call 0116 295 3060.'),
		),
		refuses: /new-line\.YAML: access\.notes\.0: contains 0116 295 3060/,
	},
	{
		name: 'a service saved twice, as .yaml and .yml',
		edit: add('content/services/samaritans.yml', (files) => textOf(files, samaritans)),
		refuses: /samaritans\.yml: \(whole entry\): has the same name as content\/services\/samaritans\.yaml/,
	},
	{
		name: 'a service file name in capitals',
		edit: add('content/services/New-Line.yaml', (files) => textOf(files, samaritans)),
		refuses: /New-Line\.yaml: \(whole entry\): is not read: the file name .* e\.g\. new-line\.yaml/,
	},
	{
		name: 'a service saved as a text file',
		edit: add('content/services/new-line.txt', (files) => textOf(files, samaritans)),
		refuses: /new-line\.txt: \(whole entry\): is not read: a service is a YAML file/,
	},
	{
		name: 'the glossary saved with a capital letter',
		edit: (files) =>
			files.map((file) => (file.path === 'content/glossary.yaml' ? { ...file, path: 'content/Glossary.yaml' } : file)),
		refuses: /content\/Glossary\.yaml: \(whole entry\): is not read: name it glossary\.yaml/,
	},
	{
		name: 'a file the site does not read',
		edit: add('content/notes.md', () => '# Notes\n'),
		refuses: /content\/notes\.md: \(whole entry\): is not a file the site reads/,
	},
	{
		name: 'a service that repeats its slug',
		edit: change(samaritans, (text) => `slug: samaritans\n${text}`),
		refuses: /samaritans\.yaml: slug: remove this line/,
	},
	{
		name: 'a YAML syntax error',
		edit: change(samaritans, (text) => `${text}\nname: [unclosed\n`),
		refuses: /samaritans\.yaml: \(whole entry\): is not valid YAML/,
	},
	{
		name: 'a source document that does not exist',
		edit: change(samaritans, (text) => text.replace('document: web-contacts', 'document: a-blog')),
		refuses: /samaritans\.yaml: sources\.1\.document: "a-blog" is not a document in content\/source-documents\.yaml/,
	},
	{
		name: 'a service naming a crisis line that does not exist',
		edit: change(samaritans, (text) => text.replace('crisisLine: samaritans', 'crisisLine: samaritan')),
		refuses: /samaritans\.yaml: crisisLine: "samaritan" is not the id of a line in content\/crisis-lines\.yaml/,
	},
	{
		name: "a crisis line's opening hours written again in its service",
		edit: change(samaritans, (text) => `${text}hours: { always: true }\n`),
		refuses: /samaritans\.yaml: hours: comes from content\/crisis-lines\.yaml \(line samaritans\): remove it here/,
	},
	{
		name: "a crisis line's number written again in its service",
		edit: change(samaritans, (text) =>
			text.replace('contacts:\n', "contacts:\n  - { id: phone, kind: phone, number: '116 123' }\n"),
		),
		refuses: /samaritans\.yaml: contacts\.0\.id: "phone" comes from content\/crisis-lines\.yaml \(line samaritans\)/,
	},
	{
		name: 'a crisis line id used twice',
		edit: change('content/crisis-lines.yaml', (text) => text.replace('- id: nhs-111-option-2', '- id: emergency')),
		refuses: /crisis-lines\.yaml: 1\.id: "emergency" is listed twice/,
	},
	{
		name: 'a glossary term listed twice',
		edit: change(
			'content/glossary.yaml',
			(text) => `${text}\n- term: ADHD\n  definition: Listed a second time, which the check must catch.\n`,
		),
		refuses: /glossary\.yaml: \d+\.term: "adhd" is listed twice/,
	},
	{
		name: '<script> in a service summary',
		edit: change(samaritans, (text) =>
			text.replace(/^summary: (.*)$/m, "summary: 'Samaritans listens to anyone. <script>alert(1)</script>'"),
		),
		refuses: /samaritans\.yaml: summary: has a < or > character/,
	},
	{
		name: 'an event handler in a service offer',
		edit: change(samaritans, (text) =>
			text.replace('  - Someone to talk to', '  - \'<img src=x onerror="alert(1)">\'\n  - Someone to talk to'),
		),
		refuses: /samaritans\.yaml: offers\.0: has a < or > character/,
	},
	{
		name: 'markup in a glossary definition',
		edit: change('content/glossary.yaml', (text) =>
			text.replace(/definition: (.*)$/m, 'definition: <b onmouseover=alert(1)>$1</b>'),
		),
		refuses: /glossary\.yaml: 0\.definition: has a < or > character/,
	},
	{
		name: 'a web address with user:password@',
		edit: change(samaritans, (text) =>
			text.replace('url: https://www.samaritans.org', 'url: https://admin:secret@www.samaritans.org'),
		),
		refuses: /samaritans\.yaml: contacts\.0\.url: has a web address with a user name or password/,
	},
	{
		name: 'a 3,000-character word in a service',
		edit: inServiceNote('x'.repeat(3000)),
		refuses: /samaritans\.yaml: access\.notes\.0: has a word of 3\d{3} characters/,
	},
	{
		name: 'a 200,000-character paragraph in a service',
		edit: inServiceNote('help '.repeat(40_000)),
		refuses: /samaritans\.yaml: access\.notes\.0: is 2000\d\d characters long/,
	},
	{
		name: 'a 3,000-character word in a guide',
		edit: inGuide('y'.repeat(3000)),
		refuses: /sleep\.md: line \d+: has a word of 3\d{3} characters/,
	},
	{
		name: 'a 200,000-character paragraph in a guide',
		edit: inGuide('rest '.repeat(40_000)),
		refuses: /sleep\.md: line \d+: is 2000\d\d characters long/,
	},
	{
		name: 'an invalid tel: link in a guide',
		edit: inGuide('[call us](tel:0116295)'),
		refuses: /sleep\.md: line \d+: links to "tel:0116295", which is not a valid UK phone number/,
	},
	{
		name: 'an invalid number in a guide',
		edit: inGuide('call 0116 295 306'),
		refuses: /sleep\.md: line \d+: has the number "0116295306", which is not a valid UK phone number/,
	},
	{
		name: 'an http:// link in a guide',
		edit: inGuide('read [the NHS page](http://www.nhs.uk/sleep)'),
		refuses: /sleep\.md: line \d+: links to "http:\/\/www\.nhs\.uk\/sleep": use the https:\/\/ address/,
	},
	{
		name: 'a link to a page that does not exist in a guide',
		edit: inGuide('see [the team](/services/no-such-team/)'),
		refuses: /sleep\.md: line \d+: links to "\/services\/no-such-team\/", which is not a page on this site/,
	},
	{
		name: 'a link to a glossary term that does not exist in a guide',
		edit: inGuide('see [what it means](/glossary/#no-such-term)'),
		refuses: /sleep\.md: line \d+: links to "\/glossary\/#no-such-term", which is not a term in the glossary/,
	},
	{
		name: 'a relative link in a guide',
		edit: inGuide('see [help now](urgent-help/)'),
		refuses: /sleep\.md: line \d+: links to "urgent-help\/": write links inside the site from the root/,
	},
	{
		name: 'a link with user:password@ in a guide',
		edit: inGuide('read [this](https://user:password@example.org/)'),
		refuses: /sleep\.md: line \d+: links to an address with a user name or password/,
	},
	{
		name: '<script> in a guide',
		edit: inGuide('<script>alert(1)</script>'),
		refuses: /sleep\.md: line \d+: has a <script> in raw HTML/,
	},
	{
		name: 'an event handler in a guide',
		edit: inGuide('<img src="x.png" onerror="alert(1)">'),
		refuses: /sleep\.md: line \d+: has an event handler \(onerror\)/,
	},
	{
		name: 'a javascript: link in a guide',
		edit: inGuide('[click](javascript:alert(1))'),
		refuses: /sleep\.md: line \d+: links to "javascript:alert\(1\)", which is not a web page/,
	},
];

/** Edits that are fine and must pass. */
export const acceptedEdits: { name: string; edit: (files: ContentFiles) => ContentFiles }[] = [
	{
		name: 'a number that only shares some digits with the old one',
		edit: inGuide('call 0116 295 3061 or 0808 800 3302'),
	},
	{
		name: 'a guide link to a page that exists',
		edit: inGuide('see [urgent help](/urgent-help/) or [Samaritans](/services/samaritans/)'),
	},
	{ name: 'a guide link to a glossary term that exists', edit: inGuide('read [what CAMHS means](/glossary/#camhs)') },
	{
		name: 'a guide link to an https page elsewhere',
		edit: inGuide('read [the NHS page](https://www.nhs.uk/live-well/sleep-and-tiredness/)'),
	},
	{ name: 'a valid tel: link in a guide', edit: inGuide('[call Samaritans](tel:116123)') },
	{ name: 'a draft service starting with _', edit: add('content/services/_draft.yaml', () => 'name: Not finished\n') },
	{
		name: 'a service saved as .YAML',
		edit: add('content/services/samaritans-again.YAML', (files) =>
			textOf(files, samaritans).replace('name: Samaritans', 'name: Samaritans again'),
		),
	},
	{ name: 'an ampersand in a service note', edit: inServiceNote('Samaritans & Childline') },
];
