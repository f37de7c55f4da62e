import { config } from 'zod/mini';

// Zod 4 probes `new Function` to compile fast parsers; under the production CSP (no 'unsafe-eval')
// that probe is a reported violation. Jitless parsing is plenty fast for these payloads.
// (One global setting, shared by zod/mini and the classic API.)
config({ jitless: true });
