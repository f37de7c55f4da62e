import { z } from 'zod';

// Zod 4 probes `new Function` to compile fast parsers; under the production CSP (no 'unsafe-eval')
// that probe is a reported violation. Jitless parsing is plenty fast for these payloads.
z.config({ jitless: true });
