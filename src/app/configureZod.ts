import { z } from 'zod/mini';

// Zod compiles its object parsers with `new Function` when it may, and probes whether it may by trying. The app's
// Content-Security-Policy forbids eval (script-src 'self'), so the probe alone is reported as a violation. Parsing
// without the compiled fast path is plenty fast for one story file. Schemas make this choice when they are created,
// so main.tsx imports this module before anything that defines a schema.
z.config({ jitless: true });
