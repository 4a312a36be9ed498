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
	},
});
