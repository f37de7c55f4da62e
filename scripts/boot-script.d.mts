export function inlineBootScript(source: string): string;
export function bootScript(): string;
export function bootScriptHash(): string;
