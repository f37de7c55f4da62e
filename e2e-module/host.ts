/** The MyHealth demo host (module/host) as the module's specs drive it. */
import { expect, type Page, type Request } from '@playwright/test';

export { API_BASE, chooseProfession, expectNoAxeViolations, PEOPLE, resetSandbox } from '../e2e/support';

/** What the host page noted (module/host/host.js: window.hostLog). */
export interface HostLog {
  tokenRequests: (string | null)[];
  opened: { componentTag: string; props?: Record<string, unknown> }[];
  printed: { title: string; mimeType: string; length: number }[];
  refreshed: string[];
  offlineWrites: string[];
  errors: string[];
}

export interface HostOptions {
  login?: string;
  lang?: string;
  config?: string;
  auth?: string;
  zone?: 'off';
}

export async function openHost(page: Page, options: HostOptions = {}): Promise<void> {
  const query = new URLSearchParams(Object.entries(options).filter(([, v]) => v !== undefined) as [string, string][]);
  await page.goto(`/?${query}`);
  await expect(page.locator('html')).toHaveAttribute('data-host-ready', 'true');
}

export const hostLog = (page: Page): Promise<HostLog> => page.evaluate(() => (window as unknown as { hostLog: HostLog }).hostLog);

/** One of the host's switchers (User, Profile, Language, Configuration, Authentication). */
export async function hostSwitch(page: Page, label: string, option: string): Promise<void> {
  await page.locator('#host-controls').getByLabel(label).selectOption({ label: option });
}

export const hostStatus = (page: Page) => page.locator('#host-status');

/** Every request the page sends anywhere, kept for assertions on what went over the wire. */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

export const apiRequests = (requests: Request[]) => requests.filter((r) => r.url().includes('/therapeuticExclusion/v2') && r.method() !== 'OPTIONS');
