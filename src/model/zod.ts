import * as z from 'zod/mini';

// Schemas are written with zod/mini: a bundler drops the functions nobody calls, but never a class's unused methods,
// so classic zod shipped some 90 kB the app never ran. Unlike classic zod, zod/mini comes with no messages, and every
// problem would read just "Invalid input". The messages tell a person how to fix their file, so the model sets zod's
// English locale here, for the app, the data build and the tests alike; readerMessages.ts words the common checks
// better, for every file a reader opens. Zod looks them up when it checks data, so import order is free.
z.config(z.locales.en());

// Zod compiles its object parsers with `new Function` when it may, and probes whether it may by trying. The app's
// Content-Security-Policy forbids eval (script-src 'self'), so the probe alone is reported as a violation. Parsing
// without the compiled fast path is plenty fast for one story file. Schemas make this choice when they are created:
// every schema imports this module, so it is made here, before any schema exists, wherever the schemas are loaded.
z.config({ jitless: true });

export { z };
