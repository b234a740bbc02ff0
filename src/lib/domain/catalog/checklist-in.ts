/**
 * 참고 1 진단용 체크리스트, 나. 고객이 제공받은 서비스: IVR, consultation, recordings and
 * unresolved calls here; 상담평가 and 위기 및 장애대응 in `checklist-in-evaluation.ts`.
 *
 * Fixes to the seed's text in this file:
 * - Section title "고객이 제공 받은 서비스" → "고객이 제공받은 서비스": the seed spells it
 *   without the space on its second page and in every other title.
 * Kept as printed: "화일" (B3-04), an old spelling of 파일 (file).
 *
 * Clauses of B4 (고객만족을 위한 고객센터): the seed cites none for this row. We give 9
 * (불만 처리 및 피해 보상) because an unresolved call is an open customer problem that is
 * followed up after the contact, the after-service of 2. 서비스 심사기준 3); and 8.2 (고객
 * 만족도 평가) because the row is framed "고객만족을 위해" and the statistics and root-cause
 * analysis are the feedback-and-improvement loop that 1. 다. 7) ties to 8.2.
 */
import { evaluationGroup, outageGroup } from './checklist-in-evaluation';
import { defineChecks } from './define';
import type { ChecklistSection } from './types';

export const inServiceSection: ChecklistSection = {
	id: 'B',
	label: '나',
	title: { ko: '고객이 제공받은 서비스', en: 'Service received by the customer' },
	groups: [
		{
			id: 'B1',
			no: 1,
			title: {
				ko: '자동응답장치의 운영',
				en: 'Operation of the automatic response system (IVR)'
			},
			checks: defineChecks(
				'B1-',
				['6.4.1'],
				[
					{
						ko: '24시간 365일, 시간과 장소에 관계없이 제공하고 있다.',
						en: 'It is available 24 hours a day, 365 days a year, regardless of time and place.',
						assessor: 'both',
						why: 'A shopper can call at night or on a holiday; the auditor verifies round-the-clock operation in the logs.',
						evidence: ['observation', 'document']
					},
					{
						ko: '초기 안내말이 짧고 메뉴가 3단계 이내로 구성되어 있다.',
						en: 'The opening announcement is short and the menu has no more than three levels.',
						assessor: 'shopper',
						why: 'A shopper times the opening announcement and counts the menu levels.',
						evidence: ['timing', 'observation']
					},
					{
						ko: '메뉴별 통계관리를 실시하여 자주 사용되거나 또는 응급한 메뉴가 앞으로 구성되어 있다.',
						en: 'Statistics are kept per menu, and frequently used or urgent options are placed first.',
						assessor: 'both',
						why: 'A shopper hears whether urgent and common options come first; the auditor checks the per-menu statistics.',
						evidence: ['observation', 'document']
					},
					{
						ko: '같은 정보를 여러 번 반복 입력하지 않도록 구성되어 있다.',
						en: 'It is designed so that the same information never has to be entered more than once.',
						assessor: 'shopper',
						why: 'A shopper notices being asked for the same input (e.g. a customer number) again.',
						evidence: ['observation']
					},
					{
						ko: '초기 메뉴나 전 단계로 이동할 수 있도록 구성되어 있고, 다시듣기 기능이 있다.',
						en: 'The caller can return to the main menu or the previous level, and there is a replay function.',
						assessor: 'shopper',
						why: 'A shopper tries the main-menu, back and replay keys.',
						evidence: ['observation']
					},
					{
						ko: '고객이 필요할 경우, 바로 상담사와 연결할 수 있다.',
						en: 'When the customer needs it, they can be connected to an agent directly.',
						assessor: 'shopper',
						why: 'A shopper asks for an agent and times how long it takes to reach one.',
						evidence: ['timing']
					},
					{
						ko: '상담사에 연결되기 전에 기계에 의해 임의로 끊어지지 않는다.',
						en: 'The call is not cut off arbitrarily by the machine before it reaches an agent.',
						assessor: 'shopper',
						why: 'A shopper stays on the line and notes whether, and after how long, the system drops the call.',
						evidence: ['timing']
					},
					{
						ko: '응대 프로세스에 대해 정기적으로 점검하여 메뉴를 수정하고 있다.',
						en: 'The response process is reviewed regularly and the menu is revised accordingly.',
						assessor: 'auditor',
						why: 'Reviews and menu revisions are internal records.',
						evidence: ['document']
					},
					{
						ko: '비상시를 대비할 수 있는 백업 시스템을 갖추고 있다.',
						en: 'A backup system is in place for emergencies.',
						assessor: 'auditor',
						why: 'A backup system is on-site infrastructure that a customer cannot see.',
						evidence: ['document']
					}
				],
				2
			)
		},
		{
			id: 'B2',
			no: 2,
			title: { ko: '상담', en: 'Consultation' },
			checks: [],
			refersTo: {
				sheet: 'agent',
				note: {
					ko: '참고 부속서A.2.2, 6.4.2(상담품질보증), 10.3.2.1(상담서비스 역량)',
					en: 'See Annex A.2.2, 6.4.2 (consultation quality assurance), 10.3.2.1 (consultation service competence).'
				}
			}
		},
		{
			id: 'B3',
			no: 3,
			title: { ko: '녹취에 대한 관리', en: 'Management of recordings' },
			checks: defineChecks(
				'B3-',
				['6.5'],
				[
					{
						ko: '녹취자료는 고객을 위해하지 않으며 고객의 요청시 본인 확인 후 제공되고 있다.',
						en: 'Recordings are not used to harm the customer, and are given to the customer on request after identity verification.',
						assessor: 'both',
						why: 'A shopper can ask for their own recording and see whether identity is checked; the auditor verifies how recordings are used.',
						evidence: ['observation', 'document']
					},
					{
						ko: '음성, 채팅, 웹, 이메일, 화상상담을 녹음/녹화/저장할 수 있다.',
						en: 'Voice, chat, web, e-mail and video consultations can be recorded (audio/video) and stored.',
						assessor: 'auditor',
						why: 'Recording capability per channel is verified in the center’s systems.',
						evidence: ['document']
					},
					{
						ko: '녹취중임을 고객에게 알려야 하고, 통신비밀에 저촉되지 않아야 한다.',
						en: 'The customer must be told that the call is being recorded, and the recording must not breach the confidentiality of communications.',
						assessor: 'shopper',
						why: 'A shopper hears, or does not hear, the recording notice before the conversation starts.',
						evidence: ['observation']
					},
					{
						ko: '보관 기간 이내의 녹취 화일은 실시간으로 검색 및 청취가 가능하며 보안설정을 하고 있다.',
						en: 'Recording files within the retention period can be searched and played back in real time, and security settings are applied.',
						assessor: 'auditor',
						why: 'Search, playback and access control are shown on the recording system on site.',
						evidence: ['document']
					},
					{
						ko: '백업 녹취자료는 보존기간을 정하고 보관 잠금장치를 하고 있다.',
						en: 'A retention period is set for backup recordings, and they are kept locked.',
						assessor: 'auditor',
						why: 'Retention rules and locked backups are internal records and infrastructure.',
						evidence: ['document']
					}
				],
				2
			)
		},
		{
			id: 'B4',
			no: 4,
			title: {
				ko: '고객만족을 위한 고객센터',
				en: 'A customer center working for customer satisfaction'
			},
			checks: defineChecks(
				'B4-',
				['9', '8.2'],
				[
					{
						ko: '고객만족을 위해 미해결콜을 통계적으로 관리하고 있다.',
						en: 'For customer satisfaction, unresolved calls are managed statistically.',
						assessor: 'auditor',
						why: 'Statistics on unresolved calls are internal reports.',
						evidence: ['document']
					},
					{
						ko: '고객만족을 위해 미해결콜에 대하여 아웃바운드 콜을 실시하고 있다.',
						en: 'For customer satisfaction, outbound calls are made to follow up unresolved calls.',
						assessor: 'both',
						why: 'A shopper whose issue was left open notes whether the center calls back; the auditor checks the outbound records.',
						evidence: ['follow-up', 'document']
					},
					{
						ko: '고객만족을 위해 미해결콜에 대한 미해결 원인 분석을 하고 있다.',
						en: 'For customer satisfaction, the causes of unresolved calls are analyzed.',
						assessor: 'auditor',
						why: 'Root-cause analyses are internal reports.',
						evidence: ['document']
					}
				],
				2
			)
		},
		evaluationGroup,
		outageGroup
	]
};
