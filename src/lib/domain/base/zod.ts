/**
 * zod, configured once for the whole app: it compiles fast parsers with `new Function` when
 * it may, and the Content-Security-Policy forbids eval, so it must not even try (the attempt
 * is reported as a violation). Every schema imports `z` from here, so the setting is in place
 * before any schema parses, and pages that parse nothing load no zod.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
