import type { Widen } from './messages';
import type { checksKo } from './checks.ko';

/** English messages of the checks screens. */
export const checksEn: Widen<typeof checksKo> = {
	title: 'checks'
};
