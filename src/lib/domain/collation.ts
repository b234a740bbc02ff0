/**
 * Korean collation for names (centers, evaluators). One collator for the whole app:
 * `a.localeCompare(b, 'ko')` builds a new one on every comparison, which is slow.
 */
let collator: Intl.Collator | undefined;

/** Compares two strings in Korean dictionary order (가나다, then Latin). */
export function compareKo(a: string, b: string): number {
	collator ??= new Intl.Collator('ko');
	return collator.compare(a, b);
}
