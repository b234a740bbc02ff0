import type { Widen } from './messages';
import type { auditKo } from './audit.ko';

/** English messages of the audit screens. */
export const auditEn: Widen<typeof auditKo> = {
	title: 'audit'
};
