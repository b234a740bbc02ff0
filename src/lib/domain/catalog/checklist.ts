/**
 * 참고 1 진단용 체크리스트: 56 확인사항 answered O/X, in three sections (가 사전, 나 서비스,
 * 다 사후). The data is split by section; the typo fixes are listed at the top of each file.
 */
import { inServiceSection } from './checklist-in';
import { postServiceSection } from './checklist-post';
import { preServiceSection } from './checklist-pre';
import type { ChecklistSection } from './types';

export const checklist: ChecklistSection[] = [
	preServiceSection,
	inServiceSection,
	postServiceSection
];
