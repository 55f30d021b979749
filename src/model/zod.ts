import * as z from 'zod/mini';

// Schemas are written with zod/mini: a bundler drops the functions nobody calls, but never a class's unused methods,
// so classic zod shipped some 90 kB the app never ran. Unlike classic zod, zod/mini comes with no messages, and every
// problem would read just "Invalid input". The messages tell a person how to fix their file, so the model sets zod's
// English locale here, for the app, the data build and the tests alike; readerMessages.ts words the common checks
// better, for every file a reader opens. Zod looks them up when it checks data, so import order is free.
z.config(z.locales.en());

export { z };
