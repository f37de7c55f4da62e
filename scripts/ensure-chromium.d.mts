/** The Chromium binary Playwright should launch, if one is installed. */
export function findChromium(): string | undefined;
