import { evaluationKo } from './evaluation.ko';

/** Korean messages: the source catalogue. Feature screens keep theirs in `<feature>.ko.ts`. */
export const ko = {
	evaluation: evaluationKo,
	app: {
		name: '고객콘택트센터 미스터리 쇼핑',
		shortName: '미스터리쇼핑',
		standard: 'KS S 1006 고객콘택트센터 서비스',
		skipToContent: '본문으로 건너뛰기'
	},
	nav: {
		label: '주 메뉴',
		followUpBadge: (n: number) => `대기 ${n}건`,
		evaluations: '평가',
		campaigns: '캠페인',
		followUps: '후속 조치',
		reports: '보고서',
		settings: '설정'
	},
	home: {
		title: '평가',
		intro: '작성 중, 후속 조치 대기, 확정된 평가가 최신순으로 표시됩니다.',
		emptyTitle: '아직 평가가 없습니다',
		emptyBody: '위의 새 평가를 눌러 시작합니다.',
		stepsTitle: '평가는 이렇게 진행됩니다',
		steps: {
			pre: '사전 서비스: 채널, FAQ, 콜백·이메일 답변 기준 확인',
			ivr: 'IVR: 스톱워치로 메뉴 단계와 상담사 연결 시간 측정',
			agent: '상담: 11개 상담 단계 39개 항목 평가',
			followUp: '후속 조치: 콜백과 이메일 답변 기한 추적',
			review: '검토 및 확정: 미응답 항목 확인 후 잠금'
		}
	},
	error: {
		title: '문제가 발생했습니다',
		body: '화면을 여는 중에 오류가 났습니다. 저장된 데이터는 그대로 있습니다.',
		notFoundTitle: '페이지를 찾을 수 없습니다',
		notFoundBody: '주소가 바뀌었거나 없는 페이지입니다. 저장된 데이터는 그대로 있습니다.',
		home: '평가 목록으로'
	},
	database: {
		waiting:
			'기기 저장소가 열리기를 기다리는 중입니다. 이 앱이 열린 다른 탭이나 창이 있으면 닫아 주세요. 열리는 대로 이어서 저장합니다.',
		blocked:
			'이 앱의 이전 버전이 다른 탭에서 열려 있어 데이터를 열 수 없습니다. 다른 탭을 닫으면 계속됩니다.',
		replaced:
			'다른 탭에서 앱이 업데이트되어 이 탭은 저장할 수 없습니다. 입력한 내용은 보관되었습니다.',
		reload: '새로 고침'
	},
	update: {
		available: '새 버전이 있습니다.',
		reload: '새로 고침',
		later: '나중에',
		offlineReady: '이제 오프라인에서도 사용할 수 있습니다.',
		dismiss: '닫기',
		appliedElsewhere: '새 버전이 적용되었습니다 — 작업을 마친 뒤 새로 고침을 누르세요.'
	},
	storageErrors: {
		conflict:
			'다른 탭이나 기기에서 이 평가가 먼저 바뀌어 이 내용은 저장하지 않았습니다. 다른 쪽의 내용을 지우지 않기 위해서입니다. 새로 고침하면 저장된 최신 내용이 열립니다.',
		quota: (usage: string) =>
			`이 기기의 저장 공간이 가득 찼습니다${usage ? ` (${usage})` : ''}. 사진이 있는 평가를 내보낸 뒤 사진을 지우거나, 오래된 평가를 내보내고 지워 공간을 만든 다음 다시 시도하세요.`,
		quotaUsage: (used: string, quota: string) => `${quota} 중 ${used} 사용 중`,
		blocked:
			'이 앱의 이전 버전이 다른 탭에서 열려 있어 데이터를 열 수 없습니다. 다른 탭을 닫으면 계속됩니다.',
		version:
			'이 기기에 더 새로운 버전의 앱이 데이터를 저장했습니다. 지금 화면은 이전 버전이라 그 데이터를 열 수 없습니다. 페이지를 새로 고침하면 새 버전으로 열립니다.',
		unavailable:
			'이 브라우저에서는 기기 저장소를 쓸 수 없습니다. 비공개(시크릿) 창이거나 사이트 데이터 저장이 꺼져 있을 수 있습니다. 일반 창에서 열거나 브라우저 설정에서 이 사이트의 데이터 저장을 허용하세요.',
		corrupt:
			'저장된 기록 하나가 올바른 형식이 아니어서 읽지 못했습니다. 다른 기록은 그대로 있습니다. 내보낸 파일이 있으면 가져오기로 되살리세요.',
		unknown: (detail: string) =>
			`기기 저장소에서 오류가 났습니다 (${detail}). 잠시 후 다시 시도하고, 계속되면 페이지를 새로 고침하세요.`
	},
	textLimit: {
		counter: (length: string, max: string) => `${length}/${max}자`,
		reached: (max: string) =>
			`최대 ${max}자까지 입력할 수 있습니다. 더 입력한 글자는 들어가지 않습니다.`,
		cut: (max: string) =>
			`붙여 넣은 글이 ${max}자를 넘어 ${max}자에서 잘렸습니다. 잘린 뒷부분은 저장되지 않았습니다.`
	}
} as const;
