import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['exclusions', 'declare', 'history', 'about'];

export default tseslint.config(
  { ignores: ['dist', 'dist-module', 'node_modules', 'test-results', 'playwright-report', 'bench/.work'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      // no-cycle reads each imported file: it must know how to parse TypeScript.
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import/no-cycle': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='localStorage'][callee.property.name='setItem'] > Literal[value=/token/i]",
          message: 'Tokens never go to localStorage.',
        },
      ],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            // Features are composed only in src/app: they never import each other.
            ...features.map((f) => ({
              target: `./src/features/${f}`,
              from: './src/features',
              except: [`./${f}`],
              message: 'Features do not import each other.',
            })),
            // The domain is pure: no app, api, auth, features, components, i18n.
            {
              target: './src/domain',
              from: ['./src/app', './src/api', './src/auth', './src/features', './src/components', './src/i18n', './src/config'],
              message: 'src/domain is pure.',
            },
            {
              target: ['./src/api', './src/auth', './src/components', './src/i18n', './src/config'],
              from: ['./src/app', './src/features'],
              message: 'Shared layers do not depend on the app or features.',
            },
            // The API layer is handed its token source (src/api/tokenSource.ts): the OIDC session or a MyHealth host's.
            { target: './src/api', from: './src/auth', message: 'src/api is handed a TokenSource; it does not import src/auth.' },
            // The sandbox shares only the domain with the app.
            { target: './sandbox', from: './src', except: ['./domain'], message: 'The sandbox shares only src/domain.' },
          ],
        },
      ],
    },
  },
  {
    // The sandbox's contract tests read its tokens with the app's own claims schema.
    files: ['sandbox/**/*.test.ts'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './sandbox',
              from: './src',
              except: ['./domain', './auth/claims.ts'],
              message: 'The sandbox shares only src/domain (its tests also read src/auth/claims.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // A classic script that runs in the browser before the first paint.
    files: ['src/boot/boot.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    // The MyHealth demo host's page (npm run module:demo): browser code, served as it is.
    files: ['module/host/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.tsx'],
    rules: {
      // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // Pages never call fetch: only the API client (and the token exchange) talk to servers.
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Use src/api.' }],
    },
  },
  {
    // The features run in two hosts (the standalone app, a MyHealth module): they are handed their
    // navigation (src/components/navigation.tsx) and the person (src/components/activePerson.tsx).
    files: ['src/features/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'react-router', message: 'Use useNavigation() / DestinationLink: the host navigates.' }],
          patterns: [{ group: ['**/auth/*'], allowTypeImports: true, message: 'Use useActivePerson(): the host hands the person over.' }],
        },
      ],
    },
  },
  {
    // The MyHealth module gets its tokens and its navigation from the host: no router, no OIDC session.
    files: ['src/module/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['react-router', 'react-oidc-context', 'oidc-client-ts'].map((name) => ({ name, message: 'The host navigates and holds the session.' })),
          patterns: [{ group: ['**/auth/*', '!**/auth/claims'], allowTypeImports: true, message: 'Only the token claims schema (src/auth/claims.ts).' }],
        },
      ],
    },
  },
  {
    files: ['src/api/http.ts', 'src/auth/accessToken.ts', 'src/config/config.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
