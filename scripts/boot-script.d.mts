export function bootScript(): string;
export function bootScriptHash(): string;
