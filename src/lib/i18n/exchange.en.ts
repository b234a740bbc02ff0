import type { Widen } from './messages';
import type { exchangeKo } from './exchange.ko';

/** English messages of the exchange screens. */
export const exchangeEn: Widen<typeof exchangeKo> = {
	title: 'exchange'
};
