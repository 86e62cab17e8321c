import { defineConfig } from 'vitest/config';

// Browser tests: the built app (node build) driven by playwright-core in Debian's chromium.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		environment: 'node',
		env: { TZ: 'UTC' },
		globalSetup: ['tests/e2e/helpers/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		fileParallelism: false
	}
});
