/**
 * The "Help in your language" and Easy Read pages, as a person uses them in Chromium: axe on every one (right to
 * left included), text that renders in every script at 320 px with no sideways scroll, a layout that mirrors for
 * Urdu and Arabic, each crisis card and safety plan printed to PDF with its numbers and its script, words in each
 * script found in that language's search index, and a page opened once that opens again, in its script, offline.
 * Screenshots at 320 px are saved with FULL_SWEEP=1.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fullSweep } from './built-pages.ts';
import { pdfFontNames, pdfText } from './pdf.ts';
import { serveBuiltSite } from './serve-built-site.ts';
import { loadContent } from '../../src/integrations/content/load.ts';
import { languagePagePath, type LanguagePageKind } from '../../src/lib/translations/pages.ts';

const { languages } = loadContent().translations;
const kinds: LanguagePageKind[] = ['help', 'crisis-card', 'safety-plan'];
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A letter of each language's own script, to find in the page and in the PDF. */
const scriptOf: Record<string, RegExp> = {
	gu: /\p{Script=Gujarati}/u,
	pa: /\p{Script=Gurmukhi}/u,
	bn: /\p{Script=Bengali}/u,
	ur: /\p{Script=Arabic}/u,
	ar: /\p{Script=Arabic}/u,
	pl: /[ąęłńśźżó]/u,
	ro: /[ăâîșț]/u,
	// Somali is written in Latin letters: a word only the Somali pages use.
	so: /Caawimaad|Kaarka|Qorshahayga/u,
};

const pageGroups = [
	{
		name: 'the language list and Easy Read',
		urls: ['/help-in-your-language/', '/easy-read/urgent-help/', '/easy-read/safety-plan/'],
	},
	...languages.map((language) => ({
		name: `${language.englishName} (${language.dir})`,
		urls: kinds.map((kind) => languagePagePath(kind, language.slug)),
	})),
];

for (const group of pageGroups)
	test(`no WCAG 2.2 AA violations: ${group.name}`, async ({ page }) => {
		test.setTimeout(group.urls.length * 45_000);
		const violations: Record<string, { rule: string; targets: string[] }[]> = {};
		for (const url of group.urls) {
			await page.goto(url);
			const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
			if (results.violations.length > 0)
				violations[url] = results.violations.map((v) => ({
					rule: v.id,
					targets: v.nodes.map((n) => n.target.join(' ')),
				}));
		}
		expect(violations).toEqual({});
	});

/** Whether every glyph of the served font's script is drawn by a real font: the served subset where there is one. */
async function scriptFontLoaded(page: Page, font: string | undefined): Promise<boolean> {
	if (!font) return true;
	return page.evaluate(async (family) => {
		await document.fonts.ready;
		return [...document.fonts].some(
			(face) => face.family.replace(/['"]/g, '') === `${family} (site subset)` && face.status === 'loaded',
		);
	}, font);
}

test.describe('each language at 320 px, without JavaScript', () => {
	test.use({ viewport: { width: 320, height: 568 }, javaScriptEnabled: false });
	for (const language of languages)
		test(`${language.englishName}: the script renders, nothing scrolls sideways, 999 and 111 come first${fullSweep ? ', with screenshots' : ''}`, async ({
			page,
		}, testInfo) => {
			for (const kind of kinds) {
				const url = languagePagePath(kind, language.slug);
				await page.goto(url);
				await expect(page.locator('main h1')).toBeVisible();
				await expect(page.locator('main')).toHaveText(scriptOf[language.lang]!);
				expect(await scriptFontLoaded(page, language.font), `${url}: the served ${language.font} font`).toBe(true);
				expect(await page.evaluate(() => document.documentElement.scrollWidth), `${url}: width`).toBeLessThanOrEqual(
					320,
				);
				await expect(page.locator('.help-now a[href="tel:999"]')).toBeInViewport();
				await expect(page.locator('.help-now a[href="tel:111"]')).toBeInViewport();
				if (fullSweep)
					await page.screenshot({ path: testInfo.outputPath(`320px-${language.slug}-${kind}.png`), fullPage: true });
			}
		});
});

test.describe('right to left', () => {
	for (const language of languages.filter((candidate) => candidate.dir === 'rtl'))
		test(`${language.englishName}: the content mirrors, and numbers keep their order`, async ({ page }) => {
			await page.goto(languagePagePath('help', language.slug));
			const layout = await page.evaluate(() => {
				const main = document.querySelector('main')!.getBoundingClientRect();
				const h1 = document.querySelector('main h1')!;
				const range = document.createRange();
				range.selectNodeContents(h1);
				const text = range.getBoundingClientRect();
				const notice = getComputedStyle(document.querySelector('.translation-notice')!);
				const number = document.querySelector('main a[href="tel:+448088003302"]') as HTMLElement;
				return {
					direction: getComputedStyle(h1).direction,
					gapRight: main.right - text.right,
					gapLeft: text.left - main.left,
					borderRight: parseFloat(notice.borderRightWidth),
					borderLeft: parseFloat(notice.borderLeftWidth),
					number: number.innerText,
					numberDirection: getComputedStyle(number).direction,
				};
			});
			expect(layout.direction).toBe('rtl');
			// The heading starts at the right edge of the content, and the notice's border is on its right.
			expect(layout.gapRight).toBeLessThan(layout.gapLeft);
			expect(layout.borderRight).toBeGreaterThan(0);
			expect(layout.borderLeft).toBe(0);
			expect(layout.number).toBe('0808 800 3302');
			expect(layout.numberDirection).toBe('ltr');
		});
});

test.describe('printed in each language', () => {
	for (const language of languages)
		test(`${language.englishName}: the crisis card and the safety plan print with the numbers and the script`, async ({
			page,
		}) => {
			for (const kind of ['crisis-card', 'safety-plan'] as const) {
				await page.goto(languagePagePath(kind, language.slug));
				await page.evaluate(() => document.fonts.ready);
				const pdf = await page.pdf({ preferCSSPageSize: true });
				const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
				for (const number of ['111', '0808 800 3302', '116 123', '85258', '999', 'SHOUT'])
					expect(text, `${kind}: ${number}`).toContain(number);
				expect(text, `${kind}: ${language.englishName} script`).toMatch(scriptOf[language.lang]!);
				if (language.font)
					expect(pdfFontNames(pdf).join(' '), `${kind}: the served font is embedded`).toMatch(
						new RegExp(language.font.replace(/-/g, ''), 'i'),
					);
			}
		});
});

test('each language has its own search index, which finds its pages by a word in its own script', async ({ page }) => {
	// The word for "interpreter" on each help page, as its translation writes it.
	const words: Record<string, string> = { gujarati: 'દુભાષિયા', punjabi: 'ਦੁਭਾਸ਼ੀਆ', urdu: 'ترجمان', polish: 'tłumacza' };
	for (const [slug, word] of Object.entries(words)) {
		// Pagefind searches the index of the page's own language.
		await page.goto(languagePagePath('help', slug));
		const found = await page.evaluate(async (query) => {
			const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
			await pagefind.init();
			const search = await pagefind.search(query);
			return Promise.all(
				search.results.map(async (result: { data: () => Promise<{ url: string }> }) => (await result.data()).url),
			);
		}, word);
		expect(found, slug).toContain(languagePagePath('help', slug));
	}
});

test('a language page, once opened, opens again with no signal, drawn in its own script', async ({ page, context }) => {
	const language = languages.find((candidate) => candidate.font)!;
	const url = languagePagePath('help', language.slug);
	const site = await serveBuiltSite();
	try {
		await page.goto(site.origin + url);
		const kept = () =>
			page.evaluate(async () => {
				const addresses: string[] = [];
				for (const name of await caches.keys())
					for (const request of await (await caches.open(name)).keys()) addresses.push(new URL(request.url).pathname);
				return addresses;
			});
		await expect.poll(kept).toEqual(expect.arrayContaining([url, `/fonts/${language.font}.woff2`]));

		await context.setOffline(true);
		await site.close();
		await page.goto(site.origin + url);
		await expect(page.locator('main h1')).toHaveText(scriptOf[language.lang]!);
		expect(await scriptFontLoaded(page, language.font), `the served ${language.font} font, from the device`).toBe(true);
	} finally {
		await site.close();
	}
});
