import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// e2e/*.spec.ts belong to Playwright; Vitest only runs *.test.ts files.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: [
      'lib/**/*.test.ts',
      'scripts/**/*.test.ts',
      'components/**/*.test.ts',
      'content/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
  },
});
