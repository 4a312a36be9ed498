import { defineConfig } from 'vitest/config';

/**
 * Checks over the built site's files in dist/ (no browser): every page, every rule, one test per rule.
 * Run after the build: `npm run build && npm run test:dist`. `npm run test:unit` does not need dist/.
 */
export default defineConfig({
	test: {
		include: ['tests/dist/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/dist/require-build.ts'],
		// The files share one read of dist/ per worker (tests/dist/built-site.ts), and each rule parses every page:
		// seconds of work, more on a busy machine.
		isolate: false,
		testTimeout: 120_000,
	},
});
