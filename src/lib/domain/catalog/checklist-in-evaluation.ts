/**
 * 참고 1 진단용 체크리스트, 나. (5) 상담평가 and (6) 위기 및 장애대응: internal practice that
 * only an auditor on site can verify.
 *
 * Fixes to the seed's text in this file:
 * - B5-12 is split over a page break in the seed ("…품질을 일/주" + "/월 단위로 측정하여
 *   보고하고 있다."); it is joined whole.
 *
 * Clauses of B5: 6.4.2 (상담 품질 보증) for all; 7.2 (품질 평가 요건 및 개선 체계) is added
 * where the check is about the evaluation plan (sampling, forms, calibration, frequency),
 * quality measurement or improvement, matching 1. 다. 4) 나) of the seed.
 */
import { defineChecks, type CheckSpec } from './define';
import type { ChecklistGroup } from './types';

const QA = ['6.4.2'];
const QA_PLAN = ['6.4.2', '7.2'];

/** A check that only an auditor can settle, from documents; clauses default to the group's. */
function internal(ko: string, en: string, why: string, clauses?: string[]): CheckSpec {
	return { ko, en, assessor: 'auditor', why, evidence: ['document'], clauses };
}

export const evaluationGroup: ChecklistGroup = {
	id: 'B5',
	no: 5,
	title: { ko: '상담평가', en: 'Consultation evaluation' },
	checks: defineChecks(
		'B5-',
		QA,
		[
			internal(
				'상담사 개인의 실적과 태도를 일, 주, 월별로 취합/평가하고 있다',
				'Each agent’s performance and attitude are compiled and evaluated daily, weekly and monthly.',
				'Per-agent evaluation records are internal.'
			),
			internal(
				'지속적으로 평가항목을 평가, 관리하여 업무처리에 반영한다.',
				'The evaluation items are continually reviewed and managed, and reflected in how work is done.',
				'The review of evaluation items is documented internally.'
			),
			internal(
				'평가 집계를 통계처리하고 있고, 평가 결과를 검증, 분석, 도식화 하고 있다.',
				'Evaluation totals are processed statistically, and the results are verified, analyzed and charted.',
				'Statistics and charts of evaluations are internal reports.',
				QA_PLAN
			),
			internal(
				'성과급에 반영되는 평가콜의 선택은 빈번하게 발생하는 콜로서 같은 유형의 콜을 하고 있다.',
				'Calls evaluated for performance pay are selected from frequently occurring calls, using calls of the same type.',
				'How evaluation calls are sampled is shown only by the evaluation plan and records.',
				QA_PLAN
			),
			internal(
				'평가 결과에 대한 적용을 동일한 기준으로 하고 있다.',
				'Evaluation results are applied by the same criteria for everyone.',
				'Consistent application is verified by comparing internal evaluation records.'
			),
			internal(
				'모든 상담 유형에 대해 평가할 수 있는 다양한 모니터링 평가표를 구비하고 있다.(예, 인바운드/아웃바운드/해피콜/이메일상담 등)',
				'Various monitoring forms are in place to evaluate every type of consultation (e.g. inbound/outbound/happy call/e-mail consultation).',
				'The monitoring forms are internal documents.',
				QA_PLAN
			),
			internal(
				'평가 결과값의 오차를 최소화하기 위해 합동 모니터링을 정기적으로 시행하고 있다',
				'Joint monitoring (calibration) is held regularly to minimize differences between evaluators’ results.',
				'Calibration sessions are recorded internally.',
				QA_PLAN
			),
			internal(
				'모니터링을 월3회 이상 실시하고 있다',
				'Monitoring is carried out at least three times a month.',
				'Monitoring frequency is shown by internal monitoring logs.',
				QA_PLAN
			),
			internal(
				'평가 결과를 교육 훈련에 반영하여 정기적으로 교육하고 있다.',
				'Evaluation results are fed into education and training, which is given regularly.',
				'Training plans and attendance are internal records.'
			),
			internal(
				'평가 결과를 활용하여 상담사 개별코칭을 시행하고 있으며, 그 결과를 피드백 하고 있다.',
				'Evaluation results are used to coach agents individually, and the outcome is fed back.',
				'Coaching sessions and their feedback are internal records.'
			),
			internal(
				'평가 결과에 따른 문제점 개선 등 업무처리에 반영하고 있다.',
				'Evaluation results are reflected in operations, e.g. by fixing the problems they reveal.',
				'Improvement actions are documented internally.',
				QA_PLAN
			),
			internal(
				'고객콘택트센터 서비스 품질을 일/주/월 단위로 측정하여 보고하고 있다.',
				'Contact center service quality is measured and reported daily, weekly and monthly.',
				'Quality reports are internal.',
				QA_PLAN
			),
			internal(
				'상담사 업무량의 조정과 예측에 관해 정기적으로 검토/보고하고 있다.',
				'Adjusting and forecasting agent workload is regularly reviewed and reported.',
				'Workforce forecasts and reviews are internal reports.'
			),
			internal(
				'상담사관리와 일정관리에 관해 정기적으로 보고하고 있다.',
				'Agent management and scheduling are reported regularly.',
				'Staffing and schedule reports are internal.'
			),
			internal(
				'전자우편, IVR, 전화, SNS, 채팅 관련 현황 보고를 정기적으로 하고 있다.',
				'Status reports on e-mail, IVR, telephone, social media and chat are made regularly.',
				'Channel status reports are internal.'
			),
			internal(
				'고객만족과 품질 측정 결과를 정기적으로 관리하고 있으며, 운영자 및 관리자에게 보고하고 있다',
				'Customer satisfaction and quality measurement results are managed regularly and reported to operators and managers.',
				'Satisfaction and quality reports are internal.',
				QA_PLAN
			),
			internal(
				'서비스 품질 평가결과에 따라 적절한 보상과 인센티브를 제공하고 있다',
				'Appropriate rewards and incentives are given according to service quality evaluation results.',
				'Incentive payments are internal HR records.'
			)
		],
		2
	)
};

export const outageGroup: ChecklistGroup = {
	id: 'B6',
	no: 6,
	title: { ko: '위기 및 장애대응', en: 'Crisis and outage response' },
	checks: defineChecks(
		'B6-',
		['11.4'],
		[
			internal(
				'장애 발생이 예상되는 항목을 분류하고 있다.',
				'The items where an outage is expected to occur are classified.',
				'The risk classification is an internal document.'
			),
			internal(
				'장애 발생에 대비한 복구 프로세스를 갖추고 있다',
				'A recovery process is in place for outages.',
				'The recovery process is an internal document.'
			),
			internal(
				'장애 발생에 대비한 대응체계를 갖추고 있다',
				'A response structure is in place for outages.',
				'The response structure (roles, escalation) is an internal document.'
			),
			internal(
				'서비스 제공 시간 외에 업무 시스템 및 프로세스를 정기적으로 점검하고 있다.',
				'Business systems and processes are checked regularly outside service hours.',
				'Off-hours inspections are recorded in internal logs.'
			),
			internal(
				'장애에 대비하여 스크립트와 고객 문답집 등 대응 매뉴얼을 마련하고 있다',
				'Response manuals, such as scripts and customer Q&A sets, are prepared for outages.',
				'Outage scripts and manuals are internal documents.'
			),
			internal(
				'장애에 대비하여 훈련체계를 갖추고 훈련하고 있다.',
				'A training system for outages is in place, and drills are held.',
				'Drill plans and records are internal.'
			),
			internal(
				'대규모 감염병 등 위기상황에 대비한 응대 프로세스를 마련하고 있다.',
				'A response process is prepared for crises such as a large-scale epidemic.',
				'The crisis response process is an internal document.'
			)
		],
		2
	)
};
