import { defineConfig } from 'vitest/config';

/**
 * Two kinds of unit test, no build needed: the pure modules in src/lib and src/schemas (tests/unit), and each
 * component rendered on its own through Astro (beside the component, see vitest.components.config.ts).
 */
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					// The test files share no state (pure modules over read-only content), so one worker may run several,
					// and worker threads (cheaper to start than child processes) are enough.
					isolate: false,
					pool: 'threads',
				},
			},
			'./vitest.components.config.ts',
		],
	},
});
