import type { Widen } from './messages';
import type { followupKo } from './followup.ko';

/** English messages of the followup screens. */
export const followupEn: Widen<typeof followupKo> = {
	title: 'followup'
};
