import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// lib/ is pure TypeScript shared by pages, tests and the grade CLI: it must never reach for
// React, the DOM or Plotly (ARCHITECTURE.md, decision 2).
const pureLibImports = {
  patterns: [
    {
      group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
      message: 'lib/ is pure TypeScript: no React.',
    },
    {
      group: ['plotly.js', 'plotly.js/*', 'plotly.js-*'],
      message: 'Only components/plot imports Plotly.',
    },
    { group: ['next', 'next/*'], message: 'lib/ knows nothing of Next.js.' },
    {
      group: ['@/components/*', '../components/*', '../../components/*'],
      message: 'lib/ must not depend on components/.',
    },
  ],
};

// Every global a browser has and Node does not (window, document, localStorage, location,
// requestAnimationFrame, HTMLElement, … about 700 names): one in lib/ would break the grade CLI,
// which runs in plain Node. The type-check of lib/ without the DOM library (lib/tsconfig.json)
// catches most of them too; this names the file and line in the editor.
// next/link prefetches every link on screen, and each prefetch fetches that page's JavaScript:
// before the page is idle, the home page loaded the lessons' widgets and the MNIST data.
// IntentLink prefetches on hover or focus instead (issue 17's weight budget).
const nextLinkPrefetches = {
  name: 'next/link',
  message:
    'Use IntentLink from @/components/layout/IntentLink: it prefetches on intent, not on sight.',
};

const nodeOrLanguage = new Set([...Object.keys(globals.node), ...Object.keys(globals.es2021)]);
const browserOnlyGlobals = Object.keys(globals.browser)
  .filter((name) => !nodeOrLanguage.has(name))
  .map((name) => ({ name, message: `${name} is a browser global: lib/ runs in Node too.` }));

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      'out/',
      'classroom/',
      'next-env.d.ts',
      'test-results/',
      'playwright-report/',
    ],
  },
  ...tseslint.configs.recommended,
  {
    // The hooks plugin's whole recommended set, every rule an error (its own presets leave
    // exhaustive-deps and a few others as warnings, which nobody reads). Hooks live in .ts files
    // too (useObjective.ts, useStoredAnswer.ts), so those are checked as well.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: Object.fromEntries(
      Object.keys(reactHooks.configs['recommended-latest'].rules).map((rule) => [rule, 'error']),
    ),
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['app/**/*.ts', 'app/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: [nextLinkPrefetches] }] },
  },
  {
    // Server-only modules (the MDX compile, the lesson files on disk) are for route files in
    // app/; a component gets what they read as props.
    files: ['components/**/*.ts', 'components/**/*.tsx'],
    ignores: ['components/layout/IntentLink.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [nextLinkPrefetches],
          patterns: [
            {
              group: ['@/lib/**/*.server', '**/*.server'],
              message: 'components/ takes server data as props from app/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureLibImports],
      'no-restricted-globals': ['error', ...browserOnlyGlobals],
    },
  },
);
