/**
 * Works with no signal: after one visit to the home page, the crisis pages open from the device (their HTML and
 * CSS only); once opened, a safety plan opens from the device with its editor, whose code was not downloaded
 * twice; any other page shows the offline page with every crisis line, nothing a person typed is stored, and
 * a new build replaces the kept copies. "No signal" is real here: the browser is set offline and the test's
 * own server is stopped, so nothing can come from the network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/integrations/content/load.ts';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { distDir } from './built-pages.ts';
import { serveBuiltSite } from './serve-built-site.ts';

const crisisLineIds = loadContent().crisisLines.map((line) => line.id);

/** Waits until the service worker controls the page and has kept its files; returns the cache names and addresses. */
async function keptOnDevice(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
			);
	});
	return page.evaluate(async () => {
		const names = await caches.keys();
		const addresses: string[] = [];
		for (const name of names)
			for (const request of await (await caches.open(name)).keys())
				addresses.push(new URL(request.url).pathname + new URL(request.url).search);
		return { names, addresses };
	});
}

test('after one visit to the home page, the crisis pages work offline, an opened plan too, and any other page shows every crisis line', async ({
	page,
	context,
}) => {
	const requests: string[] = [];
	const site = await serveBuiltSite({ requests });
	try {
		await page.goto(`${site.origin}/`);
		const { addresses } = await keptOnDevice(page);
		// The first visit keeps the crisis pages' HTML and CSS, and nothing else: no scripts, no other page.
		expect(addresses.filter((address) => !address.endsWith('.css')).sort()).toEqual([
			'/',
			'/offline/',
			'/urgent-help/',
		]);
		expect(addresses.filter((address) => address.endsWith('.css'))).not.toEqual([]);

		// Opening the plan keeps it with its editor, from the files the browser already has.
		requests.length = 0;
		await page.goto(`${site.origin}/safety-plan/fill-in/`);
		await expect(page.locator('.plan-editor[data-ready]')).toBeVisible();
		await expect.poll(async () => (await keptOnDevice(page)).addresses).toContain('/safety-plan/fill-in/');
		const scripts = (await keptOnDevice(page)).addresses.filter((address) => address.endsWith('.js'));
		expect(scripts).not.toEqual([]);
		expect(scripts.filter((script) => requests.filter((request) => request === script).length !== 1)).toEqual([]);

		await context.setOffline(true);
		await site.close();

		await page.goto(`${site.origin}/urgent-help/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help now');
		await expect(page.getByRole('region', { name: 'Get help now' }).locator('a[href="tel:111"]')).toBeVisible();

		// The fill-in plan and its editor load from the device, and keep what is typed.
		await page.goto(`${site.origin}/safety-plan/fill-in/`);
		// Saving starts once the editor is ready; words typed before then are tested in safety-plan.spec.ts.
		await expect(page.locator('.plan-editor[data-ready]')).toBeVisible();
		const first = page.getByRole('main').getByRole('textbox').first();
		await first.fill('Ring my sister');
		await page.reload();
		await expect(page.getByRole('main').getByRole('textbox').first()).toHaveValue('Ring my sister');

		for (const address of [
			'/services/',
			'/self-help/sleep/',
			'/search/?q=suicidal',
			'/which-service/me/',
			'/safety-plan/carer/',
		]) {
			await page.goto(site.origin + address);
			await expect(page.getByRole('heading', { level: 1 }), address).toHaveText('No internet connection');
			for (const id of crisisLineIds)
				await expect(page.locator(`main [data-crisis-line="${id}"]`), `${address}: ${id}`).toBeVisible();
		}
		const axe = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(axe.violations.map((violation) => violation.id)).toEqual([]);

		// What was typed (the search words) is not kept.
		const after = await keptOnDevice(page);
		expect(after.addresses.filter((address) => address.includes('?') || address.startsWith('/search'))).toEqual([]);
	} finally {
		await site.close();
	}
});

test('a new build replaces the kept copies (an opened plan too), and the old ones are deleted', async ({ page }) => {
	const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
	const replaced = new Map<string, string>();
	const site = await serveBuiltSite({ replaced });
	try {
		await page.goto(`${site.origin}/safety-plan/fill-in/`);
		await expect.poll(async () => (await keptOnDevice(page)).addresses).toContain('/safety-plan/fill-in/');
		const before = await keptOnDevice(page);
		expect(before.names).toHaveLength(1);

		// The next build: a worker with another version (as a change to any kept file gives).
		replaced.set('/sw.js', worker.replace(/const version = "[0-9a-f]+";/, 'const version = "next-build";'));
		expect(replaced.get('/sw.js')).toContain('"next-build"');
		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
		await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(['llr-offline-next-build']);
		const after = await keptOnDevice(page);
		expect(after.addresses.sort()).toEqual(before.addresses.sort());
	} finally {
		await site.close();
	}
});

test('pages that are not kept do not register the worker', async ({ page }) => {
	const site = await serveBuiltSite();
	try {
		await page.goto(`${site.origin}/services/`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length))).toBe(0);
		expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest');
		const manifest = await (await page.request.get(`${site.origin}/manifest.webmanifest`)).json();
		expect(manifest).toMatchObject({ start_url: '/', display: 'standalone', icons: [{ src: '/favicon.svg' }] });
	} finally {
		await site.close();
	}
});
