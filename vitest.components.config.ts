import { getViteConfig } from 'astro/config';
import { sync } from 'astro';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Component tests: each component in src/components/ rendered through Astro's container API, with the project's
 * own Astro and Vite set-up. Their content comes from Astro's content layer, as on a built page: the content is
 * synced first into .astro/, where Astro reads it while it serves (as under `astro dev`).
 */
export default defineConfig(async (env) => {
	const root = fileURLToPath(new URL('.', import.meta.url));
	await sync({ root, cacheDir: fileURLToPath(new URL('.astro/', import.meta.url)), logLevel: 'warn' });
	return getViteConfig({
		test: {
			name: 'components',
			include: ['src/components/**/*.test.{ts,tsx}'],
			environment: 'node',
			// One container and one read of the content for every test file in a worker: the renders share no state.
			isolate: false,
			pool: 'threads',
			// The first render in a worker loads Astro, React and the content; on a busy machine that takes a while.
			testTimeout: 60_000,
		},
	})(env);
});
