import type { Widen } from './messages';
import type { ivrKo } from './ivr.ko';

/** English messages of the ivr screens. */
export const ivrEn: Widen<typeof ivrKo> = {
	title: 'ivr'
};
