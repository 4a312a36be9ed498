import { defineConfig } from 'vitest/config';

// Unit tests cover the pure modules in src/lib and src/schemas; they need neither Astro nor a browser.
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The test files share no state (pure modules over read-only content), so one worker may run several: 18 s -> 11 s.
		isolate: false,
	},
});
