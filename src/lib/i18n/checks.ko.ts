import { termLabels } from '../domain/scoring/labels';

/** Korean messages of the checks screens: check cards, 사전 서비스, 상담, 기타 확인, 검토·확정. */
export const checksKo = {
	title: '확인사항',
	answers: termLabels.ko.answer,
	unanswered: termLabels.ko.unanswered,
	metMeans: (text: string) => `충족 = ${text}`,
	suggestion: (value: string, reason: string) => `제안: ${value} (${reason})`,
	acceptSuggestion: '제안대로',
	suggestionAccepted: '제안대로 답했습니다',
	overridden: (value: string) => `제안(${value})과 다르게 답했습니다`,
	details: '메모·사진',
	detailsCount: (notes: number, photos: number) =>
		[notes > 0 ? '메모 있음' : '', photos > 0 ? `사진 ${photos}장` : '']
			.filter(Boolean)
			.join(' · '),
	note: '메모',
	noteHint: '먼저 답을 고르면 메모와 사진을 남길 수 있습니다.',
	noteSaveFailed: (reason: string) => `메모를 저장하지 못했습니다: ${reason}`,
	addPhoto: '사진 추가',
	addingPhoto: '사진 처리 중…',
	photo: (n: number) => `사진 ${n}`,
	removePhoto: (n: number) => `사진 ${n} 삭제`,
	photoMissing: '사진을 찾을 수 없습니다',
	photoTooLarge: (mb: number) => `사진이 너무 큽니다. ${mb}MB 이하의 사진을 고르세요.`,
	photoDecodeFailed: '이 파일을 이미지로 읽지 못했습니다. 다른 사진을 고르세요.',
	photoEncodeFailed: '사진을 줄이지 못했습니다. 다시 시도하세요.',
	photoSaveFailed: (reason: string) => `사진을 저장하지 못했습니다: ${reason}`,
	photoLimit: (max: number) => `한 항목에 사진은 ${max}장까지 넣을 수 있습니다.`,
	answerFailed: (reason: string) => `답을 저장하지 못했습니다: ${reason}`,
	pre: {
		intro:
			'전화하기 전에 고객 입장에서 확인하세요: 어떤 채널을 제공하는지, 자주 묻는 질문(FAQ), 콜백·이메일 답변 기준을 안내하는지, 114나 포털에서 연락처를 쉽게 찾을 수 있는지.',
		channelsTitle: '이 센터의 채널',
		phone: '전화',
		email: '이메일',
		web: '웹',
		noChannels: '캠페인에 등록된 채널이 없습니다.',
		checksTitle: '확인사항',
		channelKinds: {
			chat: '채팅',
			sns: 'SNS',
			sms: 'SMS',
			app: '앱',
			video: '영상',
			other: '기타'
		}
	},
	agent: {
		totalBar: '상담 총점',
		total: '총점',
		answered: (answered: number, total: number) => `${answered}/${total} 답함`,
		stageScore: '단계 점수',
		noScore: '–',
		noChecks: '이 채널에서는 상담 확인사항이 없습니다.',
		opinion: '종합 의견',
		opinionHint: '상담 전체에 대한 의견을 적으세요.',
		consultedAt: '상담 일시',
		date: '날짜',
		from: '시작 시각',
		to: '종료 시각',
		consultedAtFromIvr: 'IVR 기록에서 채웠습니다. 다르면 고치세요.',
		consultedAtIncomplete: '날짜, 시작·종료 시각을 모두 입력하면 저장됩니다.',
		agentTitle: '상담사 현황',
		agentHint: '비워 두어도 됩니다. 내보낼 때 익명으로 바꿀 수 있습니다.',
		name: '성명',
		team: '소속',
		saveFailed: (reason: string) => `저장하지 못했습니다: ${reason}`
	},
	inCall: {
		intro: '통화 중에 고객으로서 들은 것을 답하세요: 녹취 안내, 불만 접수와 접수번호 안내 등.',
		empty: '이 채널에서는 여기서 답할 확인사항이 없습니다.'
	},
	review: {
		summary: '점수 요약',
		overall: '종합 점수',
		noScore: '–',
		noScoreReason: '답한 항목이 없어 점수를 낼 수 없습니다.',
		verdict: {
			excellent: '우수',
			pass: '합격',
			fail: '불합격'
		},
		thresholds: (pass: number, excellent: number) =>
			`합격 ${pass}점 이상, 우수 ${excellent}점 이상`,
		sections: {
			pre: '사전 서비스',
			in: '서비스',
			post: '사후 서비스'
		},
		agentTotal: '상담 총점',
		failedByCritical: (score: string) => `치명 결함으로 0점 처리 (원래 ${score}점)`,
		critical: '치명 결함',
		noCritical: '치명 결함이 없습니다.',
		incompleteTitle: (n: number) => `미응답 항목 ${n}개`,
		allAnswered: '모든 항목에 답했습니다.',
		finalize: '확정',
		finalizing: '확정 중…',
		finalizeHint: '확정하면 더 이상 고칠 수 없습니다. 고치려면 새 개정판을 만들어야 합니다.',
		refused: '확정할 수 없습니다. 아래 항목을 먼저 정리하세요.',
		stopwatchRunning:
			'IVR 스톱워치가 아직 멈추지 않았습니다. 통화가 끝났으면 IVR 화면에서 "통화 종료"를 누르세요.',
		toIvr: 'IVR 화면으로 가기',
		confirmTitle: '확정 확인',
		confirmText:
			'이 평가를 확정할까요? 확정하면 더 이상 고칠 수 없고, 고치려면 새 개정판을 만들어야 합니다.',
		confirmStopwatch: '스톱워치를 멈추지 않고 확정하면 통화 종료 시각이 기록되지 않습니다.',
		cancel: '취소',
		problems: {
			unanswered: '미응답',
			'partial-not-allowed': '이 캠페인은 부분 답을 허용하지 않습니다'
		},
		finalized: '확정했습니다.',
		awaiting: '확정했습니다. 후속 조치 결과를 기다리는 중입니다.',
		finalizeFailed: (reason: string) => `확정하지 못했습니다: ${reason}`,
		status: '상태',
		revision: (n: number) => `개정판 ${n}`,
		revisionReason: (reason: string) => `개정 사유: ${reason}`,
		reopenTitle: '새 개정판 만들기',
		reopenHint:
			'확정된 평가를 고치려면 사유를 적고 새 개정판을 만드세요. 사유는 변경 기록에 남습니다.',
		reopenReason: '개정 사유',
		reopenReasonRequired: '개정 사유를 적어야 합니다.',
		reopen: '새 개정판 만들기',
		reopened: (n: number) => `개정판 ${n}을(를) 만들었습니다. 이제 고칠 수 있습니다.`,
		changeLog: (n: number) => `변경 기록 (${n})`,
		noChanges: '변경 기록이 없습니다.',
		empty: '(없음)',
		showMore: '더 보기',
		checkLabel: (id: string, text: string) => `${id} ${text}`,
		incompleteOn: (stage: string) => `${stage}에서 답하기`,
		fields: {
			created: '평가 시작',
			answer: '답',
			note: '메모',
			evidence: '증빙 사진',
			'no-agent': '상담사 연결 안 됨 (해당없음 처리)',
			'no-agent-undone': '상담사 연결 안 됨 취소',
			overallOpinion: '종합 의견',
			scenario: '시나리오',
			agent: '상담사 현황',
			consultedAt: '상담 일시',
			ivr: 'IVR',
			'follow-up': '후속 조치 요청',
			'follow-up-response': '후속 조치 응답',
			'follow-up-removed': '후속 조치 삭제',
			recording: '통화 녹음 붙임',
			'recording-removed': '통화 녹음 뗌',
			mutes: '녹음 무음 구간',
			moment: '녹음 속 순간',
			status: '상태',
			reopen: '개정판',
			rescore: '재채점',
			'conflict-resolved': '충돌 해결',
			deleted: '삭제',
			migrated: '기록 형식 갱신',
			legacy: '이전 기록'
		} as Record<string, string>,
		checksCount: (n: number) => `${n}개 항목`,
		noAgentRestored: (n: number) => `${n}개 항목 이전 답으로`,
		callbackLogged: (via: string, at: string) => `콜백 (${via}) · 요청 ${at}`,
		callbackSlot: (at: string) => `예약 ${at}`,
		emailLogged: (at: string) => `이메일 문의 · 보냄 ${at}`,
		consultedAtLogged: (date: string, from: string, to: string) => `${date} ${from} ~ ${to}`,
		otherCopy: (version: number) => `다른 기기의 사본 (버전 ${version})`,
		conflictOutcomes: {
			'kept-mine': '이 기기의 사본 유지',
			'took-theirs': '다른 기기의 답 적용'
		} as Record<string, string>,
		templateVersion: (v: number) => `채점 기준 버전 ${v}`,
		recordVersion: (v: number) => `버전 ${v}`,
		logReason: (reason: string) => `사유: ${reason}`,
		photosCount: (n: number) => `사진 ${n}장`
	},
	noAgent: {
		title: '상담사와 연결되지 않았나요?',
		body: (n: number) =>
			`상담사가 있어야 답할 수 있는 ${n}개 항목을 한 번에 해당없음으로 표시합니다.`,
		mark: '상담사 연결 안 됨',
		marked: (n: number) => `${n}개 항목을 해당없음으로 표시했습니다.`,
		active: '상담사 연결 안 됨으로 표시했습니다. 상담사 항목은 해당없음입니다.',
		undo: '되돌리기',
		cancel: '상담사 연결 안 됨 취소',
		undone: '되돌렸습니다.',
		failed: (reason: string) => `처리하지 못했습니다: ${reason}`
	},
	howTo: {
		summary: '어떻게 판단하나요',
		both: '고객으로서 직접 보고 들은 것만으로 답하세요. 내부 기록은 심사원이 따로 확인합니다.',
		evidence: '판단 근거',
		kinds: {
			observation: '직접 보고 들은 것',
			timing: '시간 측정',
			'follow-up': '콜백·답장 같은 후속 조치',
			document: '센터 내부 기록 (심사원 확인)'
		}
	},
	derived: (value: string, reason: string) => `자동 판정: ${value} (${reason})`,
	derivedHint: '요청 기록에서 저절로 판정합니다. 메모는 그대로 남습니다.'
} as const;
