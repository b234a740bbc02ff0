/**
 * 참고 2 상담사의 상담단계별 확인사항: the agent sheet, filled in by the shopper for each
 * consultation. Every check is heard on the call, so every check is the shopper's.
 *
 * Fixes to the seed's text in this file:
 * - "고객응대방 법" → "고객응대방법" (a line break inside the 분류 table cell).
 * - S03-1 "있는지 ?" → "있는지?" (stray space before the question mark).
 * - S07-1 "느꼈는지??" → "느꼈는지?" (doubled question mark).
 * - S10-2 "고개불만" → "고객불만" (typo).
 * Kept as printed: the letter-spaced table headings (총 점, 성 명, 소 속) are given without the
 * layout spaces; the 상담 일시 time labels (시작/종료 시각) are ours, the seed prints "(: ~ :)".
 *
 * Numbering as printed: the seed restarts at 1) in each 분류 and prints 1) twice in 사실정확성
 * (니즈파악 and 문제해결) and 1) again for 끝인사, which opens a new table after a page break.
 * `printedNo` keeps those numbers; `order` is the position on the sheet.
 *
 * The third block is printed as 고객응대방법 again (the same Korean as the first block); it is a
 * separate 분류 on the sheet, so it gets its own id and an English title naming its stages.
 *
 * Polarity: S03-5, S04-3 and S11-5 ask about a fault, so "met" means the fault was absent.
 * S05-3 ("잘못된 정보를 제공받지 않았는지?") and S08-2 ("반복질문을 하지 않는지?") are
 * phrased negatively but a "yes" is good, so they are positive.
 */
import { defineChecks, type CheckSpec } from './define';
import type { AgentSheet, AgentStage } from './types';

const CLAUSES = ['6.4.2', '10.3.2.1'];

/** A check the shopper hears on the call. */
function heard(ko: string, en: string, metMeans?: { ko: string; en: string }): CheckSpec {
	return {
		ko,
		en,
		assessor: 'shopper',
		why: 'The shopper hears it during the consultation.',
		evidence: ['observation'],
		metMeans
	};
}

function stage(
	order: number,
	printedNo: number,
	categoryId: string,
	title: { ko: string; en: string },
	specs: CheckSpec[]
): AgentStage {
	const id = `S${String(order).padStart(2, '0')}`;
	return {
		id,
		order,
		printedNo,
		categoryId,
		title,
		checks: defineChecks(`${id}-`, CLAUSES, specs, 1)
	};
}

const stages: AgentStage[] = [
	stage(1, 1, 'handling-voice', { ko: '첫인사의 친밀감', en: 'Warmth of the opening greeting' }, [
		heard(
			'친밀하고 정형화된 인사말이 정확히 전달되는가?',
			'Is a warm, standard greeting delivered clearly?'
		),
		heard(
			'친근감 있고 힘있게 상담사 소속, 성명이 정확하게 들리는가?',
			'Are the agent’s team and name heard clearly, said in a friendly and energetic way?'
		),
		heard(
			"'무엇을 도와드릴까요?'라는 부연 질문으로 고객을 도와주려는 의지가 느껴지는가?",
			'Does a follow-up question such as “How may I help you?” show a will to help the customer?'
		),
		heard('대기 지연에 대한 양해의 말을 들었는가?', 'Did you hear an apology for the wait?')
	]),
	stage(2, 2, 'handling-voice', { ko: '음성/억양', en: 'Voice/intonation' }, [
		heard(
			'미소 띤 음성/생동감 있는 음성/정중함이 묻어나는 음성인지?',
			'Is the voice smiling, lively and courteous?'
		),
		heard(
			'적절한 강약을 주며 부드러운 억양이 느껴지는지?',
			'Is the intonation soft, with suitable stress?'
		),
		heard(
			'문장 말미 처리가 깔끔하여 전문성이 느껴지는지?',
			'Are sentence endings clean, so that the agent sounds professional?'
		)
	]),
	stage(3, 3, 'handling-voice', { ko: '속도/발음', en: 'Pace/pronunciation' }, [
		heard('적절한 속도로 내용전달을 하고 있는지?', 'Is the content delivered at a suitable pace?'),
		heard(
			'고객 연령 및 고객 특성에 맞춘 적절한 속도인지?',
			'Is the pace suited to the customer’s age and characteristics?'
		),
		heard('휴지(말 띄움)를 적절히 사용하는지?', 'Are pauses used appropriately?'),
		heard(
			'발음이 또렷하여 전달이 명확하게 되는지?',
			'Is the pronunciation distinct, so that the message comes across clearly?'
		),
		heard('특정 단어를 명확하게 파악하기 어려운지?', 'Are particular words hard to make out?', {
			ko: '모든 단어를 명확하게 알아들을 수 있었다.',
			en: 'Every word was clear.'
		})
	]),
	stage(4, 1, 'accuracy', { ko: '니즈파악', en: 'Understanding needs' }, [
		heard(
			'재요약어 등을 통해 문의내용을 신속하고 정확하게 파악하는지?',
			'Does the agent grasp the enquiry quickly and accurately, e.g. by summarizing it back?'
		),
		heard(
			'상담 흐름에 필요한 효과적인 탐색질문을 이용하여 상담을 하고 있는지?',
			'Does the agent use effective probing questions as the conversation requires?'
		),
		heard(
			'고객의 질문내용을 지레짐작하거나 잘못알고 설명하는지?',
			'Does the agent jump to conclusions about the question, or misunderstand it, when explaining?',
			{
				ko: '질문내용을 지레짐작하거나 잘못 알고 설명하지 않았다.',
				en: 'The agent neither guessed at nor misunderstood the question.'
			}
		)
	]),
	stage(5, 1, 'accuracy', { ko: '문제해결', en: 'Problem solving' }, [
		heard(
			'풍부한 업무지식으로 상황에 따라 능숙하고 신속한 답변을 받았는지?',
			'Did you get skilled, prompt answers suited to the situation, backed by thorough job knowledge?'
		),
		heard(
			'상담 중 문제 발생 시 책임감 있게 고객을 설득해 문제를 해결하려는 의지가 느껴지는지?(호전환 포함)',
			'When a problem arose, did the agent show a responsible will to resolve it and persuade the customer (including transferring the call)?'
		),
		heard(
			'문의사항에 대해 잘못된 정보를 제공받지 않았는지?',
			'Was no wrong information given about the enquiry?'
		),
		{
			...heard(
				'고객과의 약속을 이행하였는지? (콜백, 업무이관, SMS)',
				'Were the promises made to the customer kept (callback, handover to another team, SMS)?'
			),
			why: 'The shopper notes the promise on the call and checks later that it was kept.',
			evidence: ['follow-up']
		}
	]),
	stage(6, 2, 'accuracy', { ko: '적극성', en: 'Proactiveness' }, [
		heard(
			'필요한 부가적인 내용이나 혜택 설명을 받았는지?',
			'Were you told about relevant additional information or benefits?'
		),
		heard(
			'불만(제안) 해결을 위한 노력과 알맞은 대안을 제시 받았는지?',
			'Was an effort made to resolve the complaint (suggestion), with a suitable alternative offered?'
		)
	]),
	stage(7, 3, 'accuracy', { ko: '설명력', en: 'Explaining' }, [
		heard(
			'전달하려고 하는 내용을 요약, 정리하여 핵심내용을 이해시키려는 노력을 느꼈는지?',
			'Did you feel an effort to summarize and organize the message so that you understood the key points?'
		),
		heard(
			'이해를 돕고자 노력을 기울이는지?',
			'Does the agent make an effort to help you understand?'
		)
	]),
	stage(8, 1, 'handling-attitude', { ko: '경청능력', en: 'Listening' }, [
		heard('말을 끝까지 성의 있게 듣는지?', 'Does the agent listen attentively to the end?'),
		heard(
			'말을 집중하여 듣고, 반복질문을 하지 않는지?',
			'Does the agent listen with focus, without asking the same thing again?'
		),
		heard(
			'중요사항(금액, 시간, 주소 등)에 대한 복창이 잘 이루어지고 있는지?',
			'Are key details (amounts, times, addresses, etc.) repeated back correctly?'
		)
	]),
	stage(9, 2, 'handling-attitude', { ko: '언어표현', en: 'Use of language' }, [
		heard('정중한 언어표현을 사용하는지?', 'Is courteous language used?'),
		heard('경어를 올바르게 사용하는지?', 'Are honorifics used correctly?'),
		heard(
			'알아듣기 쉬운(눈높이) 표현을 사용하는지?',
			'Are easy-to-understand expressions used, at the customer’s level?'
		),
		heard('긍정적인 표현을 사용하는지?', 'Are positive expressions used?'),
		heard('신뢰감 있는 표현을 사용하는지?', 'Are expressions used that inspire trust?')
	]),
	stage(10, 3, 'handling-attitude', { ko: '호응/양해', en: 'Acknowledgement/apology' }, [
		heard(
			'고객의 기분까지 고려한 동감어를 사용하고 있는지?(반론포함)',
			'Are words of empathy used that take the customer’s feelings into account (objections included)?'
		),
		heard(
			'고객불만 (반론)에 진심으로 양해의 표현을 하는지?',
			'Does the agent sincerely express regret at the customer’s complaint (objection)?'
		),
		heard(
			'상황에 맞는 양해 및 호응의 표현을 하는지?',
			'Are apologies and acknowledgements suited to the situation?'
		)
	]),
	stage(11, 1, 'handling-attitude', { ko: '끝인사', en: 'Closing' }, [
		heard(
			'추가문의 여부를 확인하는지? (피크타임 시 예외가능)',
			'Does the agent ask whether there is anything else (may be skipped at peak times)?'
		),
		heard(
			'상황에 맞는 마무리(적절한 끝맺음)를 하는지?',
			'Is the conversation wrapped up in a way that suits the situation?'
		),
		heard(
			'상황에 맞는 종료인사를 하는지?',
			'Is a closing greeting given that suits the situation?'
		),
		heard(
			'고객의 인사에 친근감 있게 화답을 하는지?',
			'Does the agent return the customer’s goodbye warmly?'
		),
		heard('상담사가 먼저 전화를 끊는지?', 'Does the agent hang up first?', {
			ko: '상담사가 먼저 전화를 끊지 않았다.',
			en: 'The agent did not hang up first; the customer ended the call.'
		})
	])
];

export const agentSheet: AgentSheet = {
	title: {
		ko: '상담사의 상담단계별 확인사항',
		en: 'Checks for the agent at each stage of the consultation'
	},
	categories: [
		{
			id: 'handling-voice',
			title: { ko: '고객응대방법', en: 'Customer handling (greeting, voice, pace)' },
			stageIds: ['S01', 'S02', 'S03']
		},
		{
			id: 'accuracy',
			title: { ko: '사실정확성', en: 'Factual accuracy' },
			stageIds: ['S04', 'S05', 'S06', 'S07']
		},
		{
			// Printed as 고객응대방법 again; see the comment at the top of the file.
			id: 'handling-attitude',
			title: { ko: '고객응대방법', en: 'Customer handling (listening, language, closing)' },
			stageIds: ['S08', 'S09', 'S10', 'S11']
		}
	],
	stages,
	footer: [
		{ id: 'totalScore', label: { ko: '총점', en: 'Total score' } },
		{ id: 'overallOpinion', label: { ko: '종합 의견', en: 'Overall opinion' } },
		{
			id: 'consultedAt',
			label: { ko: '상담 일시', en: 'Date and time of the consultation' },
			parts: [
				{ id: 'date', label: { ko: '년 월 일', en: 'Date' } },
				{ id: 'from', label: { ko: '시작 시각', en: 'From' } },
				{ id: 'to', label: { ko: '종료 시각', en: 'To' } }
			]
		},
		{
			id: 'agent',
			label: { ko: '상담사 현황', en: 'Agent' },
			parts: [
				{ id: 'name', label: { ko: '성명', en: 'Name' } },
				{ id: 'team', label: { ko: '소속', en: 'Team' } }
			]
		}
	]
};
