import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { failedModuleUrl, lazyComponent } from './lazyComponent';

const Page = ({ name }: { name: string }) => <p>Page of {name}</p>;

describe('lazyComponent', () => {
  it('draws a component whose code has loaded in the first render, without its fallback', async () => {
    const page = lazyComponent(async () => ({ Page }), 'Page');
    await page.preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <page.Component name="Tom" />
      </Suspense>,
    );
    // Synchronous: the first commit already holds the page.
    expect(screen.getByText('Page of Tom')).toBeTruthy();
    expect(screen.queryByText('Loading')).toBeNull();
  });

  it('shows the fallback while the code is still on its way, then the page', async () => {
    let arrive: (module: { Page: typeof Page }) => void = () => undefined;
    const page = lazyComponent(() => new Promise<{ Page: typeof Page }>((resolve) => (arrive = resolve)), 'Page');
    await act(async () => {
      render(
        <Suspense fallback={<p>Loading</p>}>
          <page.Component name="Tom" />
        </Suspense>,
      );
    });
    expect(screen.getByText('Loading')).toBeTruthy();
    await act(async () => {
      arrive({ Page });
      await page.preload();
    });
    expect(screen.getByText('Page of Tom')).toBeTruthy();
  });
});

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
