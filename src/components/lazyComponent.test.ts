import { describe, expect, it } from 'vitest';
import { failedModuleUrl } from './lazyComponent';

describe('failedModuleUrl', () => {
  it.each([
    [
      'Chromium',
      new TypeError('Failed to fetch dynamically imported module: http://localhost:4173/assets/DeclarePage-B2x9.js'),
      'http://localhost:4173/assets/DeclarePage-B2x9.js',
    ],
    [
      'Firefox',
      new TypeError('error loading dynamically imported module: https://exclusions.example/assets/HistoryPage-a1.js'),
      'https://exclusions.example/assets/HistoryPage-a1.js',
    ],
    [
      'a retried URL',
      new TypeError('Failed to fetch dynamically imported module: http://localhost:5173/src/features/declare/DeclarePage.tsx?retry=1'),
      'http://localhost:5173/src/features/declare/DeclarePage.tsx?retry=1',
    ],
  ])('reads the URL the browser names (%s)', (_browser, error, url) => {
    expect(failedModuleUrl(error)).toBe(url);
  });

  it('finds none where the browser names none (Safari) or the error is not a load failure', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeUndefined();
    expect(failedModuleUrl('offline')).toBeUndefined();
  });
});
