import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * End-to-end tests run against the production build (`npm run build` first), served by `astro preview`.
 * Browsers are never downloaded here: we use the system Chromium (Debian: /usr/bin/chromium) when present.
 * Set CHROMIUM_PATH to use another one; on a machine without it, `npx playwright install chromium` works too.
 */
const systemChromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// E2E_PORT lets two checkouts run their suites side by side without one testing the other's build.
const port = Number(process.env['E2E_PORT'] ?? 4321);

export default defineConfig({
	testDir: './tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env['CI'],
	retries: 0,
	workers: 2,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'off',
		...devices['Desktop Chrome'],
		launchOptions: {
			...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
			// Without these, Chromium tries to reach Google's servers in the background; this machine has no network.
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	webServer: {
		command: `astro preview --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
