import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Pure layers: the formulas and the parsers must run in node and in the browser, with no I/O.
const pureRestrictions = {
	patterns: [
		{ group: ['$app/*', '$env/*'], message: 'domain/ and import/ are pure: no SvelteKit runtime.' },
		{
			group: ['drizzle-orm', 'drizzle-orm/*', 'better-sqlite3'],
			message: 'domain/ and import/ are pure: no database.'
		},
		{ group: ['svelte', 'svelte/*'], message: 'domain/ and import/ are pure: no Svelte.' },
		{
			group: ['node:fs', 'node:fs/*', 'fs', 'node:child_process', 'node:net', 'node:http'],
			message: 'domain/ and import/ are pure: no I/O.'
		},
		{
			group: ['**/server/**', '$lib/server/*'],
			message: 'domain/ and import/ must not reach into server code.'
		}
	]
};

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/ban-ts-comment': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Internal links are plain paths: the app has no base path.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['src/lib/domain/**', 'src/lib/import/**', 'src/lib/charts/**'],
		rules: { 'no-restricted-imports': ['error', pureRestrictions] }
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'data/',
			'drizzle/',
			'test-results/',
			'bench/out/',
			'demo/'
		]
	}
);
