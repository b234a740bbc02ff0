/**
 * 참고 1 진단용 체크리스트, 다. 고객이 제공받은 사후 서비스: complaints and compensation.
 * Texts are verbatim from the seed.
 */
import { defineChecks } from './define';
import type { ChecklistSection } from './types';

export const postServiceSection: ChecklistSection = {
	id: 'C',
	label: '다',
	title: { ko: '고객이 제공받은 사후 서비스', en: 'After-service received by the customer' },
	groups: [
		{
			id: 'C1',
			no: 1,
			title: {
				ko: '불만 및 피해보상 처리',
				en: 'Handling of complaints and compensation for damages'
			},
			checks: defineChecks(
				'C1-',
				['9'],
				[
					{
						ko: '의견제시에 불편함이 없도록 기업과 관련되어 있는 모든 접점의 다양한 채널을 통해 수집되고 통합 관리하고 있다.',
						en: 'So that giving feedback is never inconvenient, opinions are collected through various channels at every touchpoint of the company and managed in one integrated system.',
						assessor: 'both',
						why: 'A shopper sees which channels take complaints; the auditor verifies that they feed one integrated record.',
						evidence: ['observation', 'document']
					},
					{
						ko: '불만 고유 식별 코드를 부여하고 불만 및 관련 정보를 기록하고 있다',
						en: 'Each complaint is given a unique identification code, and the complaint and related information are recorded.',
						assessor: 'both',
						why: 'A shopper is (or is not) given a complaint reference number; the auditor verifies the internal record.',
						evidence: ['observation', 'document']
					},
					{
						ko: '불만 기록에는 고객이 바라는 해결책과 불만 사항의 효과적인 처리에 필요한 정보를 기록하고 있다',
						en: 'The complaint record holds the resolution the customer wants and the information needed to handle the complaint effectively.',
						assessor: 'both',
						why: 'A shopper hears whether the agent asks what resolution they want; the auditor reads the record.',
						evidence: ['observation', 'document']
					},
					{
						ko: '접수된 고객의 불만에 대해서는 기준에 의거하여 평가하여야 한다',
						en: 'Customer complaints received must be assessed against set criteria.',
						assessor: 'auditor',
						why: 'The assessment criteria and their application exist only in internal records.',
						evidence: ['document']
					},
					{
						ko: '불만과 관련된 모든 상황과 정보는 최대한의 합당한 노력을 기울여 조사하고 있다.',
						en: 'All circumstances and information related to a complaint are investigated with every reasonable effort.',
						assessor: 'auditor',
						why: 'The investigation happens inside the center; only its records show how thorough it was.',
						evidence: ['document']
					}
				],
				2
			)
		}
	]
};
