// ESLint: typescript-eslint's type-aware recommended rules for TypeScript, eslint-plugin-astro for components.
// `npm run lint` runs it with --max-warnings 0, and `npm test` runs `npm run lint`.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', 'dist-debate/', '.astro/', 'test-results/', 'playwright-report/', '.lighthouseci/', 'public/pagefind/'] },
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			// `_name` marks a parameter or binding kept for its position.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			eqeqeq: ['error', 'always'],
		},
	},
	{
		// Vitest's and Playwright's asymmetric matchers (expect.stringMatching() and the like) are typed `any`.
		files: ['**/*.test.ts', 'e2e/**/*.ts'],
		rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
	},
	...astro.configs.recommended,
	// Astro components and their <script>s, and plain JavaScript, are not in the TypeScript project the type-aware
	// rules need; `astro check` type-checks the components instead.
	{ files: ['**/*.astro', '**/*.astro/*.ts', '**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
