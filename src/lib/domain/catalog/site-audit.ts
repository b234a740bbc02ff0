/**
 * 1. 사업장 심사기준: the site audit, checked by an auditor on the premises. Each 심사사항 cites
 * the KS S 1006 clause it must meet "or exceed" (이상으로).
 *
 * Texts are verbatim from the seed with its HTML (<p>, <ol>) stripped. Lettered paragraphs
 * (가), 나), …) become separate criteria with the letter as label; an unlettered text is one
 * criterion with an empty label, its paragraphs joined by a line break (라. 3)). The duties
 * (1)…(8) of 라. 4) 나) stay in that criterion's text, one per line. The seed's stray spaces
 * ("… 4(기본 사업 시스템) 에서", "10(인적자원 관리) , 11(…)") are kept as printed.
 * 가. cites no clause: it refers to the standard as a whole.
 */
import type { Bilingual, SiteAuditArea } from './types';

function criterion(label: string, ko: string, en: string): { label: string; text: Bilingual } {
	return { label, text: { ko, en } };
}

export const siteAudit: SiteAuditArea[] = [
	{
		id: 'GA',
		label: '가',
		title: { ko: '서비스 품질경영 관리', en: 'Service quality management' },
		items: [
			{
				id: 'GA-1',
				label: '1)',
				title: {
					ko: '사내표준화 및 품질경영의 추진',
					en: 'Pursuit of in-house standardization and quality management'
				},
				criteria: [
					criterion(
						'가)',
						'경영책임자는 서비스 표준화 및 품질경영에 대한 중요성을 인식하고, 이에 대한 서비스 리더십을 발휘하여 합리적으로 추진하여야 한다.',
						'The executive responsible must recognize the importance of service standardization and quality management, and pursue them rationally, showing service leadership.'
					),
					criterion(
						'나)',
						'기업의 서비스 사내표준 및 관리 규정은 한국산업표준의 최신본을 기반으로 회사 규모에 따라 적합하게 수립하여 회사 전체 차원에서 적용되어야 한다.',
						'The company’s in-house service standards and management rules must be based on the latest edition of the Korean Industrial Standards, set up to suit the size of the company, and applied company-wide.'
					),
					criterion(
						'다)',
						'품질경영의 추진계획은 해당 한국산업표준 및 인증심사기준의 요구수준 이상으로 유지할 수 있도록 입안되어야 한다.',
						'The quality management plan must be drawn up so that the level required by the relevant Korean Industrial Standard and these certification audit criteria is maintained or exceeded.'
					)
				],
				clauses: []
			},
			{
				id: 'GA-2',
				label: '2)',
				title: {
					ko: '사내표준화와 품질경영의 도입 및 확산을 위한 활동',
					en: 'Activities to introduce and spread in-house standardization and quality management'
				},
				criteria: [
					criterion(
						'가)',
						'서비스 품질경영을 총괄하는 품질경영부서는 독립적으로 운영하여야 한다.',
						'The quality management department in overall charge of service quality management must operate independently.'
					),
					criterion(
						'나)',
						'서비스에 대한 지속적 제안 활동 또는 소집단 활동 등을 통해 서비스 품질개선 활동을 실시하고, 사내표준화와 품질경영 활동 전반에 대해 자체점검을 1년 이내의 주기로 실시하여 그 결과를 서비스 품질경영에 반영하고 있어야 한다.',
						'Service quality improvement must be carried out through ongoing suggestion schemes, small-group activities and the like; a self-inspection of all in-house standardization and quality management activities must be held at least once a year, and its results reflected in service quality management.'
					)
				],
				clauses: []
			}
		]
	},
	{
		id: 'NA',
		label: '나',
		title: { ko: '서비스 운영체계', en: 'Service operating framework' },
		items: [
			{
				id: 'NA-1',
				label: '1)',
				title: { ko: '기본사업체계', en: 'Basic business system' },
				criteria: [
					criterion(
						'',
						'고객콘택트센터 서비스 업무 수행에 필요한 제반시스템을 KS S 1006 4(기본 사업 시스템) 에서 규정한 내용 이상으로 사내표준에 규정하고, 이에 따라 업무를 수행하고 있어야 한다.',
						'All systems needed to run the contact center service must be laid down in the in-house standards at least to the level set out in KS S 1006 4 (basic business system), and work must be done accordingly.'
					)
				],
				clauses: ['4']
			},
			{
				id: 'NA-2',
				label: '2)',
				title: { ko: '서비스 조직구조', en: 'Service organization structure' },
				criteria: [
					criterion(
						'',
						'고객콘택트센터 서비스 업무 수행에 필요한 조직과 업무분장을 KS S 1006 10(인적자원관리) 에서 규정한 내용 이상으로 사내표준에 규정하고, 이에 따라 업무수행 시스템을 구축하고 있어야 한다.',
						'The organization and division of duties needed to run the contact center service must be laid down in the in-house standards at least to the level set out in KS S 1006 10 (human resource management), and a working system built accordingly.'
					)
				],
				clauses: ['10']
			},
			{
				id: 'NA-3',
				label: '3)',
				title: {
					ko: '제3자 위탁 업무수행 시스템 구축',
					en: 'System for work outsourced to third parties'
				},
				criteria: [
					criterion(
						'',
						'고객콘택트센터 서비스 업무의 일부 또는 전부에 대해 제3자에게 위탁 또는 외주를 두는 경우 필요한 제반 시스템을 KS S 1006 13(제3자 위탁) 에서 규정한 내용 이상으로 사내표준에 규정하고, 이에 따라 업무수행 시스템을 구축하고 있어야 한다.',
						'When part or all of the contact center service is entrusted or outsourced to a third party, the systems needed must be laid down in the in-house standards at least to the level set out in KS S 1006 13 (entrustment to third parties), and a working system built accordingly.'
					)
				],
				clauses: ['13']
			}
		]
	},
	{
		id: 'DA',
		label: '다',
		title: { ko: '서비스 운영', en: 'Service operation' },
		items: [
			{
				id: 'DA-1',
				label: '1)',
				title: { ko: '서비스 기획', en: 'Service planning' },
				criteria: [
					criterion(
						'',
						'사내 표준은 서비스 계획수립, 서비스 수행절차, 시설과 장비, 품질측정 및 평가 등 서비스 수행 전반에 대하여 KS S 1006 6(서비스 운영) 에서 규정한 내용 이상으로 사내표준에 규정하고 있어야 한다.',
						'The in-house standards must cover the whole of service delivery (service planning, procedures, facilities and equipment, quality measurement and evaluation, etc.) at least to the level set out in KS S 1006 6 (service operation).'
					)
				],
				clauses: ['6']
			},
			{
				id: 'DA-2',
				label: '2)',
				title: { ko: '서비스 준비', en: 'Service preparation' },
				criteria: [
					criterion(
						'',
						'고객콘택트센터 서비스 수행에 필요한 제반 시스템, 조직 및 교육훈련을 KS S 1006 10(인적자원 관리) , 11(시설 및 장비 관리) 에서 규정한 내용 이상으로 사내표준에 규정하고, 이에 따라 업무를 수행하고 있어야 한다.',
						'The systems, organization and training needed to deliver the contact center service must be laid down in the in-house standards at least to the level set out in KS S 1006 10 (human resource management) and 11 (facility and equipment management), and work must be done accordingly.'
					)
				],
				clauses: ['10', '11']
			},
			{
				id: 'DA-3',
				label: '3)',
				title: { ko: '고객정보보호', en: 'Protection of customer information' },
				criteria: [
					criterion(
						'가)',
						'고객콘택트센터에서 수집되는 고객정보의 보호는 법령이 정하는 바에 따라 사내표준에 규정되어야 하며 KS S 1006 6.5(고객 정보 보호 및 관리)에서 규정한 내용 이상으로 사내표준에 규정하고, 이에 따라 업무를 수행하고 있어야 한다.',
						'Protection of the customer information collected by the contact center must be laid down in the in-house standards as the law requires, at least to the level set out in KS S 1006 6.5 (protection and management of customer information), and work must be done accordingly.'
					),
					criterion(
						'나)',
						'고객정보보호를 위하여 정보관리책임자를 지정하고 고객정보의 수집, 보관, 유지 및 폐기에 대해 KS S 1006 6.5(고객 정보 보호 및 관리)에서 규정한 내용 이상으로 사내표준에 규정하고, 이에 따라 업무를 수행하고 있어야 한다.',
						'To protect customer information, an officer responsible for information management must be appointed, and the collection, storage, retention and disposal of customer information laid down in the in-house standards at least to the level set out in KS S 1006 6.5, and work must be done accordingly.'
					)
				],
				clauses: ['6.5']
			},
			{
				id: 'DA-4',
				label: '4)',
				title: { ko: '서비스 품질평가', en: 'Service quality evaluation' },
				criteria: [
					criterion(
						'가)',
						'고객콘택트센터에서 제공되는 서비스 품질유지 체제에 대해 KS S 1006 6.4.2(상담 품질 보증)에서 규정한 내용 이상으로 사내표준에 규정하고, 이에 따라 평가측정 및 보상 업무가 수행되고 있어야 한다.',
						'The system for maintaining the quality of the contact center’s service must be laid down in the in-house standards at least to the level set out in KS S 1006 6.4.2 (consultation quality assurance), and evaluation, measurement and rewards must be carried out accordingly.'
					),
					criterion(
						'나)',
						'고객콘택트센터 서비스에 대한 품질을 정기적으로 평가하기 위하여 서비스 품질평가 계획을 수립하고 샘플링 방법을 통해 검사 대상을 선정하는 등에 대해 KS S 1006 7.2(품질 평가 요건 및 개선 체계)에서 규정한 내용 이상으로 사내 표준에 규정하고, 이에 따라 업무가 수행되고 있어야 한다.',
						'To evaluate the contact center’s service quality regularly, a quality evaluation plan, including the selection of what is inspected by sampling, must be laid down in the in-house standards at least to the level set out in KS S 1006 7.2 (quality evaluation requirements and improvement system), and work must be done accordingly.'
					)
				],
				clauses: ['6.4.2', '7.2']
			},
			{
				id: 'DA-5',
				label: '5)',
				title: {
					ko: '불만처리 및 피해보상 체계',
					en: 'Complaint handling and compensation system'
				},
				criteria: [
					criterion(
						'',
						'고객콘택트센터 서비스 수행과 관련하여 발생하는 고객의 불만처리 및 피해보상 체계는 KS S 1006 9(불만처리 및 피해 보상) 에서 규정한 내용 이상으로 사내표준에 규정하고, 이에 따라 업무를 수행하고 있어야 하며 업무 수행 기록을 유지·보관·관리하고 있어야 한다.',
						'The system for handling customer complaints and compensation arising from the contact center service must be laid down in the in-house standards at least to the level set out in KS S 1006 9 (complaint handling and compensation); work must be done accordingly, and its records kept, stored and managed.'
					)
				],
				clauses: ['9']
			},
			{
				id: 'DA-6',
				label: '6)',
				title: { ko: '고객의 소리', en: 'Voice of the customer' },
				criteria: [
					criterion(
						'',
						'고객콘택트센터 서비스 수행 과정에서 발생하는 고객의 소리에 대한 관리체계를 KS S 1006 8.1(고객의 소리) 에서 규정한 내용 이상으로 사내표준에 규정하고, 이에 따라 업무를 수행하고 있어야 한다.',
						'The system for managing the voice of the customer arising in the contact center service must be laid down in the in-house standards at least to the level set out in KS S 1006 8.1 (voice of the customer), and work must be done accordingly.'
					)
				],
				clauses: ['8.1']
			},
			{
				id: 'DA-7',
				label: '7)',
				title: { ko: '고객 만족도 평가', en: 'Customer satisfaction evaluation' },
				criteria: [
					criterion(
						'',
						'고객콘택트센터 서비스에 대한 고객 만족도 평가 및 피드백을 통한 개선 체계는 KS S 1006 8.2(고객 만족도 평가) 에서 규정한 내용 이상으로 사내표준에 규정하고, 이에 따라 업무를 수행하고 있어야 한다.',
						'The system for evaluating customer satisfaction with the contact center service and improving through feedback must be laid down in the in-house standards at least to the level set out in KS S 1006 8.2 (customer satisfaction evaluation), and work must be done accordingly.'
					)
				],
				clauses: ['8.2']
			}
		]
	},
	{
		id: 'RA',
		label: '라',
		title: { ko: '서비스 인적자원 관리', en: 'Service human resource management' },
		items: [
			{
				id: 'RA-1',
				label: '1)',
				title: { ko: '인적자원의 확보', en: 'Securing human resources' },
				criteria: [
					criterion(
						'',
						'관리, 계약, 고객 상담, 시스템 등 실제 고객센터 서비스 수행에 필요한 인적자원에 대해 KS S 1006 10.2(인력 계획) 에서 규정한 내용 이상으로 사내표준에 규정하고, 이에 따라 확보하고 있어야 한다.',
						'The human resources actually needed to deliver the customer center service (management, contracts, customer consultation, systems, etc.) must be laid down in the in-house standards at least to the level set out in KS S 1006 10.2 (staffing plan), and secured accordingly.'
					)
				],
				clauses: ['10.2']
			},
			{
				id: 'RA-2',
				label: '2)',
				title: { ko: '인적자원의 관리', en: 'Managing human resources' },
				criteria: [
					criterion(
						'',
						'콜 시스템 등 실제 고객센터 서비스 수행에 필요한 인적자원 관리와 관련하여 서비스 조직구성, 직무별 업무분장, 관리자 선정, 인적자원 수급 및 인적자원에 대해 KS S 1006 10.1(일반사항) 에서 규정한 내용 이상으로 사내표준에 규정하고, 이에 따라 확보하고 있어야 한다.',
						'For managing the human resources actually needed to deliver the customer center service (call systems, etc.), the service organization, division of duties by job, selection of managers, supply of staff and human resources must be laid down in the in-house standards at least to the level set out in KS S 1006 10.1 (general), and secured accordingly.'
					)
				],
				clauses: ['10.1']
			},
			{
				id: 'RA-3',
				label: '3)',
				title: { ko: '교육훈련', en: 'Education and training' },
				criteria: [
					criterion(
						'',
						'고객센터 서비스 종사자의 서비스 직무 수행 능력을 향상시키기 위하여 KS S 1006 10.3(교육훈련)에서 규정한 내용 이상으로 교육훈련 시스템을 사내표준에 규정하고, 이에 따라 교육훈련을 실시하고 있어야 한다.\n또한, 서비스품질경영부서 경영간부에 대해 서비스 표준화 및 품질경영 전문교육기관의 교육 실적이 있어야 한다.',
						'To improve the job performance of customer center staff, a training system must be laid down in the in-house standards at least to the level set out in KS S 1006 10.3 (education and training), and training given accordingly.\nIn addition, the executives of the service quality management department must have completed training at an institution specialized in service standardization and quality management.'
					)
				],
				clauses: ['10.3']
			},
			{
				id: 'RA-4',
				label: '4)',
				title: {
					ko: '품질관리담당자 확보 및 직무수행 능력',
					en: 'Quality managers: securing them and their competence'
				},
				criteria: [
					criterion(
						'가)',
						'서비스 품질경영을 효과적으로 추진할 수 있도록 자격을 갖춘 서비스 품질관리담당자를 확보하고 있어야 한다.',
						'Qualified service quality managers must be in place so that service quality management can be pursued effectively.'
					),
					criterion(
						'나)',
						[
							'서비스 품질관리 담당자는 다음의 직무를 수행하여야 한다.',
							'(1) 서비스 사내표준화와 품질경영에 대한 계획의 입안 및 추진',
							'(2) 서비스 사내표준의 제정·개정 등에 대한 총괄',
							'(3) 서비스 품질수준의 평가',
							'(4) 각 서비스 프로세스별 사내표준화 및 품질관리의 실시에 관한 지도·조언 및 부문 간의 조정',
							'(5) 서비스 및 서비스 프로세스에서 발생하는 문제점 해결과 조치, 개선대책에 관한 지도 및 조언',
							'(6) 서비스 종사자에 대한 서비스 사내표준화 및 품질경영에 관한 교육훈련 추진',
							'(7) 고객(소비자)의 불만에 대한 관리 및 조치',
							'(8) 협력업체에 대한 관리 및 지도'
						].join('\n'),
						[
							'The service quality manager must carry out the following duties.',
							'(1) Drafting and pursuing plans for in-house service standardization and quality management',
							'(2) Overall charge of establishing and revising the in-house service standards',
							'(3) Evaluating the level of service quality',
							'(4) Guidance and advice on in-house standardization and quality control in each service process, and coordination between departments',
							'(5) Guidance and advice on solving and acting on problems in the service and its processes, and on improvement measures',
							'(6) Organizing training of service staff in in-house standardization and quality management',
							'(7) Managing and acting on customer (consumer) complaints',
							'(8) Managing and guiding partner companies'
						].join('\n')
					)
				],
				clauses: []
			}
		]
	},
	{
		id: 'MA',
		label: '마',
		title: {
			ko: '시설·장비, 환경 및 안전 관리',
			en: 'Facilities and equipment, environment and safety management'
		},
		items: [
			{
				id: 'MA-1',
				label: '1)',
				title: {
					ko: '시설 및 장비의 확보 및 운영',
					en: 'Securing and operating facilities and equipment'
				},
				criteria: [
					criterion(
						'가)',
						'고객콘택트센터 서비스 수행을 위해 KS S 1006 11.2(시설 및 장비의 확보)에서 규정한 내용 이상으로 사내표준에 규정하고, 이에 따라 필요한 시설 및 장비를 충분히 확보하고 있어야 한다.',
						'For delivering the contact center service, the in-house standards must cover at least what KS S 1006 11.2 (securing facilities and equipment) sets out, and the facilities and equipment needed must be sufficiently secured accordingly.'
					),
					criterion(
						'나)',
						'시설 및 장비의 성능 유지를 위한 운영시스템을 KS S 1006 11.3(시설 및 장비의 유지 관리)에서 규정한 내용 이상으로 사내표준에 규정하고, 이에 따라 시설 및 장비를 운영하고 있어야 한다.',
						'An operating system that keeps facilities and equipment performing must be laid down in the in-house standards at least to the level set out in KS S 1006 11.3 (maintenance of facilities and equipment), and they must be operated accordingly.'
					)
				],
				clauses: ['11.2', '11.3']
			},
			{
				id: 'MA-2',
				label: '2)',
				title: { ko: '환경 관리', en: 'Environment management' },
				criteria: [
					criterion(
						'',
						'고객콘택트센터 종사자가 쾌적한 환경에서 상담을 수행할 수 있도록 KS S 1006 12.1(환경 관리)에서 규정한 내용 이상으로 환경유지에 대해 사내표준을 규정하고, 이에 따라 쾌적한 환경을 유지하여야 한다.',
						'So that contact center staff can consult in a pleasant environment, the upkeep of the environment must be laid down in the in-house standards at least to the level set out in KS S 1006 12.1 (environment management), and a pleasant environment maintained accordingly.'
					)
				],
				clauses: ['12.1']
			},
			{
				id: 'MA-3',
				label: '3)',
				title: { ko: '안전 관리', en: 'Safety management' },
				criteria: [
					criterion(
						'',
						'고객콘택트센터를 이용하는 고객 및 종사자의 안전 확보를 위해 KS S 1006 12.2(안전 관리)에서 규정한 내용 이상으로 화재 및 대규모 감염병 등의 안전관리에 대해 사내표준에 규정하고, 이에 따라 고객 및 종사자의 안전을 확보하고 있어야 한다.',
						'To keep customers and staff of the contact center safe, safety management for fire, large-scale epidemics and the like must be laid down in the in-house standards at least to the level set out in KS S 1006 12.2 (safety management), and the safety of customers and staff ensured accordingly.'
					)
				],
				clauses: ['12.2']
			}
		]
	}
];
