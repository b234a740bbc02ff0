/**
 * 2. 서비스 심사기준: the service audit, the part a customer experiences. Each item maps the
 * 참고 1 and 참고 2 checks whose answers are evidence for it.
 *
 * Titles: the seed titles only 1), 2) and 3) (고객이 제공받은 … 서비스); the lettered
 * sub-items of 2) take the clause title printed in their own criterion (e.g. 6.4.1(자동응답장치
 * 제공) → 자동응답장치 제공). Criteria are verbatim, including the seed's stray spaces before
 * particles ("고객콘택트센터 는", "… 5.2(일관된 프로세스) 에서").
 *
 * Evidence mapping, by the clause each group of checks cites:
 * - SV1 (5.2) ← A1: access and channels before contact, the group that cites 5.2.
 * - SV2-ga (6.4.1) ← B1: every IVR check, B1-09 (backup) included.
 * - SV2-na (6.3) ← the agent-sheet checks where an agent's preparation shows on the call:
 *   the standard greeting and self-identification, needs probing, job knowledge, correct
 *   information and relevant extras. Voice, courtesy and closing are delivery, not preparation.
 * - SV2-da (6.5) ← B3: recordings are the customer information a contact center holds.
 * - SV2-ra (6.4.2) ← B5 (the center's own evaluation) and the whole agent sheet, which B2
 *   (상담) delegates to and which cites 6.4.2.
 * - SV2-ma (11.4) ← B6 and B1-09: the IVR backup system is also outage readiness.
 * - SV3 (9) ← C1 and B4: complaints, and unresolved calls followed up after the contact.
 * Every 참고 1 check is evidence for at least one item, so `SITE_ONLY_CHECK_IDS` is empty.
 */
import type { ServiceAuditItem } from './types';

/** `count` ids `${prefix}01` … with numbers padded to `pad` digits. */
function seq(prefix: string, count: number, pad = 2): string[] {
	return Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(pad, '0')}`);
}

const AGENT_STAGE_SIZES = [4, 3, 5, 3, 4, 2, 2, 3, 5, 3, 5];
const ALL_AGENT_CHECKS = AGENT_STAGE_SIZES.flatMap((size, i) =>
	seq(`S${String(i + 1).padStart(2, '0')}-`, size, 1)
);

/** 참고 1 checks that evidence no service audit item and count only in the site audit. */
export const SITE_ONLY_CHECK_IDS: readonly string[] = [];

export const serviceAudit: ServiceAuditItem[] = [
	{
		id: 'SV1',
		label: '1)',
		section: 'pre',
		title: { ko: '고객이 제공받은 사전 서비스', en: 'Pre-service received by the customer' },
		criterion: {
			ko: '서비스를 수행하고 있는 고객콘택트센터 는 고객 지향성, 고객 정보 보호, 고객 접근의 용이성, 일관된 프로세스 등에 대해 KS S 1006 5.2(일관된 프로세스) 에서 규정한 내용 이상으로 실시하고 있어야 한다.',
			en: 'The contact center delivering the service must practise customer orientation, protection of customer information, ease of customer access, consistent processes and the like at least to the level set out in KS S 1006 5.2 (consistent processes).'
		},
		clauses: ['5.2'],
		evidenceCheckIds: seq('A1-', 10),
		evidenceReason:
			'The 참고 1 group 가(1) covers channels, access and callbacks before contact, which 5.2 requires.'
	},
	{
		id: 'SV2-ga',
		label: '2) 가)',
		section: 'in',
		title: { ko: '자동응답장치 제공', en: 'Provision of an automatic response system (IVR)' },
		criterion: {
			ko: '서비스를 수행하고 있는 고객콘택트센터의 자동응답장치에 대해 KS S 1006 6.4.1(자동응답장치 제공)에서 규정한 내용 이상으로 실시하고 있어야 한다.',
			en: 'The automatic response system of the contact center delivering the service must be operated at least to the level set out in KS S 1006 6.4.1 (provision of an automatic response system).'
		},
		clauses: ['6.4.1'],
		evidenceCheckIds: seq('B1-', 9),
		evidenceReason: 'The 참고 1 group 나(1) is the IVR checklist and cites 6.4.1.'
	},
	{
		id: 'SV2-na',
		label: '2) 나)',
		section: 'in',
		title: { ko: '준비단계', en: 'Preparation stage' },
		criterion: {
			ko: '서비스를 수행하고 있는 고객콘택트센터 상담사의 상담 준비가 KS S 1006 6.3(준비단계)에서 규정한 내용 이상으로 실시하고 있어야 한다.',
			en: 'The consultation preparation of the agents of the contact center delivering the service must be carried out at least to the level set out in KS S 1006 6.3 (preparation stage).'
		},
		clauses: ['6.3'],
		evidenceCheckIds: ['S01-1', 'S01-2', 'S01-3', 'S04-1', 'S04-2', 'S05-1', 'S05-3', 'S06-1'],
		evidenceReason:
			'Preparation shows on the call as a ready standard greeting and self-introduction, prepared probing questions and job knowledge (fast, correct answers and relevant extras).'
	},
	{
		id: 'SV2-da',
		label: '2) 다)',
		section: 'in',
		title: {
			ko: '고객 정보 보호 및 관리',
			en: 'Protection and management of customer information'
		},
		criterion: {
			ko: '서비스를 수행하고 있는 고객콘택트센터의 고객 정보가 KS S 1006 6.5(고객 정보 보호 및 관리)에서 규정한 내용 이상으로 실시하고 있어야 한다.',
			en: 'Customer information at the contact center delivering the service must be handled at least to the level set out in KS S 1006 6.5 (protection and management of customer information).'
		},
		clauses: ['6.5'],
		evidenceCheckIds: seq('B3-', 5),
		evidenceReason:
			'The 참고 1 group 나(3) covers recordings, the customer information a contact center keeps, and cites 6.5.'
	},
	{
		id: 'SV2-ra',
		label: '2) 라)',
		section: 'in',
		title: { ko: '상담품질보증', en: 'Consultation quality assurance' },
		criterion: {
			ko: '서비스를 수행하고 있는 고객콘택트센터의 상담 평가는 KS S 1006 6.4.2(상담품질보증)에서 규정한 내용 이상으로 실시하고 있어야 한다.',
			en: 'Consultation evaluation at the contact center delivering the service must be carried out at least to the level set out in KS S 1006 6.4.2 (consultation quality assurance).'
		},
		clauses: ['6.4.2'],
		evidenceCheckIds: [...seq('B5-', 17), ...ALL_AGENT_CHECKS],
		evidenceReason:
			'The 참고 1 group 나(5) is the center’s own evaluation practice, and 나(2) 상담 delegates to the agent sheet; both cite 6.4.2.'
	},
	{
		id: 'SV2-ma',
		label: '2) 마)',
		section: 'in',
		title: { ko: '서비스 장애 및 위기 대응', en: 'Service outage and crisis response' },
		criterion: {
			ko: '고객콘택트센터 서비스에 대한 장애가 발생할 경우를 대비한 장애대응 시스템을 KS S 1006 11.4(서비스 장애 및 위기 대응)에서 규정한 내용 이상으로 실시하고 있어야 한다.',
			en: 'A response system for outages of the contact center service must be in place at least to the level set out in KS S 1006 11.4 (service outage and crisis response).'
		},
		clauses: ['11.4'],
		evidenceCheckIds: [...seq('B6-', 7), 'B1-09'],
		evidenceReason:
			'The 참고 1 group 나(6) is the outage and crisis checklist; the IVR backup system (B1-09) is also outage readiness.'
	},
	{
		id: 'SV3',
		label: '3)',
		section: 'post',
		title: { ko: '고객이 제공받은 사후 서비스', en: 'After-service received by the customer' },
		criterion: {
			ko: '서비스를 수행하고 있는 고객콘택트센터 는 서비스 수행과 관련하여 발생하는 고객의 불만, 피해보상 요구에 대해 KS S 1006 9(불만 처리 및 피해 보상) 에서 규정한 내용 이상으로 실시하고 있어야 한다.',
			en: 'The contact center delivering the service must deal with customer complaints and claims for compensation arising from the service at least to the level set out in KS S 1006 9 (complaint handling and compensation).'
		},
		clauses: ['9'],
		evidenceCheckIds: [...seq('C1-', 5), ...seq('B4-', 3)],
		evidenceReason:
			'The 참고 1 group 다(1) is complaint handling, and 나(4) follows up unresolved calls after the contact.'
	}
];
