import { z } from 'zod';

// zod compiles fast parsers with `new Function` when it may; the Content-Security-Policy
// forbids eval, so it must not even try (the attempt is reported as a violation).
z.config({ jitless: true });
