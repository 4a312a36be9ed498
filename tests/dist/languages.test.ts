/**
 * The "Help in your language" pages, read from dist/: each one's content in its language and direction, the same
 * crisis numbers as the English footer, hreflang links both ways, a served font only where the script needs it, and
 * every one (Easy Read too) in the search index and kept on the device once opened.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { languagePagePath, type LanguagePageKind } from '../../src/lib/translations/pages.ts';
import { attribute, elements, hasClass, readable, textOf, type ElementNode } from '../../src/lib/html.ts';
import { distDir, pages, type BuiltPage } from './built-site.ts';

const { languages } = loadContent().translations;
const kinds: LanguagePageKind[] = ['help', 'crisis-card', 'safety-plan'];
const byUrl = new Map(pages().map((page) => [page.url, page]));

/** The page's <main>, its footer, or its help-now strip (an empty list when the page or the part is missing). */
const main = (page: BuiltPage | undefined) => (page ? elements(page, 'main').slice(0, 1) : []);
const footer = (page: BuiltPage | undefined) => (page ? elements(page).filter((element) => hasClass(element, 'site-footer')).slice(0, 1) : []);
const helpNow = (page: BuiltPage | undefined) => (page ? elements(page).filter((element) => hasClass(element, 'help-now')).slice(0, 1) : []);
/** Every address the parts link to. */
const links = (parts: ElementNode[]) => parts.flatMap((part) => elements(part).flatMap((element) => attribute(element, 'href') ?? []));
/** The numbers the parts dial or text: tel: and sms: links, without their ?body. */
const dialled = (parts: ElementNode[]) => new Set(links(parts).filter((href) => /^(tel|sms):/.test(href)).map((href) => href.split('?')[0]!));

describe('every language page', () => {
	const languagePages = languages.flatMap((language) => kinds.map((kind) => ({ language, kind, url: languagePagePath(kind, language.slug) })));

	test('is built, with its content marked with the language and its direction', () => {
		expect(languages.length).toBeGreaterThanOrEqual(8);
		const wrong: string[] = [];
		for (const { language, url } of languagePages) {
			const page = byUrl.get(url);
			const [content] = main(page);
			if (!page) wrong.push(`${url}: not built`);
			else if (!content || attribute(content, 'lang') !== language.lang || attribute(content, 'dir') !== language.dir) wrong.push(`${url}: <main> lacks lang="${language.lang}" dir="${language.dir}"`);
		}
		expect(wrong).toEqual([]);
	});

	test('carries only crisis numbers the English footer carries, and the ones the English page prints', () => {
		const englishFooter = dialled(footer(byUrl.get('/urgent-help/')!));
		// The lines each kind of page prints, as the English footer links them.
		const needed: Record<LanguagePageKind, string[]> = {
			help: ['tel:999', 'tel:111', 'tel:+448088003302', 'tel:116123', 'sms:85258', 'tel:+448001111'],
			'crisis-card': ['tel:999', 'tel:111', 'tel:+448088003302', 'tel:116123', 'sms:85258'],
			'safety-plan': ['tel:999', 'tel:111', 'tel:+448088003302', 'tel:116123', 'sms:85258'],
		};
		for (const numbers of Object.values(needed)) for (const number of numbers) expect(englishFooter, `the English footer has ${number}`).toContain(number);
		const wrong: string[] = [];
		for (const { kind, url } of languagePages) {
			const page = byUrl.get(url);
			const inMain = dialled(main(page));
			for (const number of inMain) if (!englishFooter.has(number)) wrong.push(`${url}: ${number} is not in the English footer`);
			for (const number of needed[kind]) if (!inMain.has(number)) wrong.push(`${url}: lacks ${number}`);
			if ([...dialled(footer(page))].join() !== [...englishFooter].join()) wrong.push(`${url}: its footer differs from the English page's`);
		}
		expect(wrong).toEqual([]);
	});

	test('links to its English original and every other language with hreflang, and the English original links back', () => {
		const wrong: string[] = [];
		for (const kind of kinds) {
			const family = [{ lang: 'en-GB', url: languagePagePath(kind) }, ...languages.map((language) => ({ lang: language.lang, url: languagePagePath(kind, language.slug) }))];
			for (const member of family) {
				const page = byUrl.get(member.url);
				const alternates = (page ? elements(page, 'link') : []).filter((link) => attribute(link, 'rel') === 'alternate');
				for (const other of family)
					if (!alternates.some((link) => attribute(link, 'hreflang') === other.lang && new URL(attribute(link, 'href') ?? '', 'http://site').pathname === other.url))
						wrong.push(`${member.url}: no hreflang="${other.lang}" link to ${other.url}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	test('loads a served font only where its script needs one', () => {
		const wrong: string[] = [];
		for (const { language, url } of languagePages) {
			const page = byUrl.get(url);
			const fonts = (page ? elements(page, 'link') : []).flatMap((link) => /^\/fonts\/(.+)\.css$/.exec(attribute(link, 'href') ?? '')?.[1] ?? []);
			const expected = language.font ? [language.font] : [];
			if (fonts.join() !== expected.join()) wrong.push(`${url}: loads [${fonts.join()}], expected [${expected.join()}]`);
		}
		const elsewhere = pages().filter((page) => !page.url.startsWith('/help-in-your-language/') && elements(page).some((element) => attribute(element, 'href')?.startsWith('/fonts/')));
		expect(wrong).toEqual([]);
		expect(elsewhere.map(({ url }) => url)).toEqual([]);
	});

	test('shows the "waiting to be checked" notice, in the language and in English, while any string is a draft', () => {
		for (const { url } of languagePages) {
			const inMain = main(byUrl.get(url)).flatMap((content) => elements(content));
			expect(inMain.some((element) => 'data-translation-notice' in element.attributes), url).toBe(true);
			const english = inMain.filter((element) => element.name === 'p' && attribute(element, 'lang') === 'en-GB' && attribute(element, 'dir') === 'ltr');
			expect(english.map((p) => readable(textOf(p))), url).toContain('This translation is waiting to be checked by a native speaker.');
		}
	});
});

describe('finding them', () => {
	test('every page links to "Help in your language" in its footer, and the help-now strip\'s "More help" page links it too', () => {
		const missing = pages()
			.filter((page) => !links(footer(page)).includes('/help-in-your-language/'))
			.map(({ url }) => url);
		expect(missing).toEqual([]);
		// The one-line help-now strip keeps its first-screen height: its "More help" goes to /urgent-help/, which links the languages.
		expect(links(helpNow(pages()[0]))).toContain('/urgent-help/');
		expect(links(main(byUrl.get('/urgent-help/')))).toContain('/help-in-your-language/');
	});

	test('the list names each language in its own script, marked with its language', () => {
		const spans = main(byUrl.get('/help-in-your-language/')).flatMap((content) => elements(content, 'span'));
		for (const language of languages)
			expect(spans.some((span) => attribute(span, 'lang') === language.lang && attribute(span, 'dir') === language.dir && readable(textOf(span)) === language.nativeName), language.nativeName).toBe(true);
	});

	test('the Easy Read pages are linked from the pages they simplify', () => {
		expect(links(main(byUrl.get('/urgent-help/')))).toContain('/easy-read/urgent-help/');
		expect(links(main(byUrl.get('/safety-plan/my-safety-plan/')))).toContain('/easy-read/safety-plan/');
	});
});

describe('in the search index and offline', () => {
	const languagePages = languages.flatMap((language) =>
		kinds.map((kind) => ({ language, url: languagePagePath(kind, language.slug) })),
	);
	const easyRead = ['/easy-read/urgent-help/', '/easy-read/safety-plan/'];

	/** Every page in Pagefind's index: its address, the language of the index that holds it, and its result's title. */
	function indexed(): Map<string, { language: string; title: string }> {
		const dir = join(distDir, 'pagefind', 'fragment');
		const records = readdirSync(dir).map((file) => {
			const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
			const record = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta: { title?: string } };
			// Pagefind names each fragment after the language of its index: "gu_1a2b3c.pf_fragment".
			return [record.url, { language: file.slice(0, file.indexOf('_')), title: record.meta.title ?? '' }] as const;
		});
		return new Map(records);
	}

	test('every language page is in the search index under its own language, never the English one; Easy Read is in English', () => {
		const index = indexed();
		const wrong: string[] = [];
		for (const { language, url } of languagePages) {
			const found = index.get(url);
			if (!found) wrong.push(`${url}: not in the search index`);
			else if (found.language !== language.lang) wrong.push(`${url}: indexed as "${found.language}", not "${language.lang}"`);
		}
		for (const url of easyRead) {
			const found = index.get(url);
			if (found?.language !== 'en-gb' || !found.title.endsWith(': Easy Read')) wrong.push(`${url}: not in the English index as an Easy Read page (${JSON.stringify(found)})`);
		}
		expect(wrong).toEqual([]);
	});

	test('the service worker keeps every language and Easy Read page once opened, with the font and pictures it shows', () => {
		const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
		const keptWhenOpened = JSON.parse(worker.match(/const keptWhenOpened = (\{.*\});/)![1]!) as Record<string, string[]>;
		const wrong: string[] = [];
		for (const url of [...languagePages.map(({ url }) => url), '/help-in-your-language/', ...easyRead]) {
			const kept = keptWhenOpened[url];
			if (!kept) {
				wrong.push(`${url}: not kept`);
				continue;
			}
			const page = byUrl.get(url);
			const shown = page
				? [
						...elements(page, 'link').map((link) => attribute(link, 'href') ?? ''),
						...elements(page, 'img').map((image) => attribute(image, 'src') ?? ''),
					].filter((file) => /^\/fonts\/.+\.(css|woff2)$/.test(file) || /^\/easy-read\/.+\.svg$/.test(file))
				: [];
			for (const file of shown) if (!kept.includes(file)) wrong.push(`${url}: ${file} is not kept with it`);
		}
		for (const { language, url } of languagePages)
			if (language.font && !keptWhenOpened[url]?.includes(`/fonts/${language.font}.woff2`))
				wrong.push(`${url}: its font is not kept, so offline it would show boxes`);
		expect(wrong).toEqual([]);
	});
});
