import { momentsKo } from './moments.ko';
import { recordingStoreKo } from './recording-store.ko';
import { recordingScreenKo } from './recording-screen.ko';

/**
 * Korean messages of the campaign, follow-up, reports-landing and settings screens: not on the
 * first screen, so they load with the first of those screens (src/routes/+layout.ts).
 */
export const screensKo = {
	moments: momentsKo,
	recordingStore: recordingStoreKo,
	recordingScreen: recordingScreenKo,
	campaigns: {
		title: '캠페인',
		intro:
			'평가할 고객콘택트센터를 캠페인으로 등록합니다. 센터 이름, 전화번호, 이메일, 웹·채팅·SNS 채널과 이메일 답변 기준 시간, 채점 기준을 캠페인마다 관리합니다.',
		emptyTitle: '등록된 캠페인이 없습니다',
		emptyBody: '위의 캠페인 추가를 눌러 첫 센터를 등록합니다.',
		add: '캠페인 추가',
		newTitle: '새 캠페인',
		editTitle: '캠페인 수정',
		save: '저장',
		cancel: '취소',
		saved: '저장했습니다.',
		delete: '캠페인 삭제',
		deleteConfirm: '이 캠페인을 삭제할까요? 되돌릴 수 없습니다.',
		deleteRefused: '이 캠페인에는 평가가 있어 삭제할 수 없습니다.',
		notFound: '이 캠페인을 찾을 수 없습니다.',
		loadFailed: (reason: string) => `불러오지 못했습니다: ${reason}`,
		saveFailed: (reason: string) => `저장하지 못했습니다: ${reason}`,
		invalid: '입력을 확인해 주세요.',
		center: '센터',
		centerName: '센터 이름',
		phoneNumbers: '전화번호',
		phoneNumbersHint: '한 줄에 하나씩 입력합니다.',
		email: '이메일',
		web: '웹사이트',
		channels: '채팅·SNS·기타 채널',
		channelKind: '종류',
		channelName: '이름',
		channelAddress: '주소 (선택)',
		addChannel: '채널 추가',
		removeChannel: (name: string) => `${name || '채널'} 삭제`,
		channelKinds: {
			chat: '채팅',
			sns: 'SNS',
			sms: 'SMS',
			app: '앱',
			video: '화상상담',
			other: '기타'
		},
		emailStandard: '이메일 답변 기준 (시간)',
		emailStandardHint: '센터가 공개한 이메일 답변 기준 시간입니다. 모르면 비워 둡니다.',
		template: '채점 기준',
		templateHint: 'KS S 1006 기본값에서 시작합니다. 바꾼 값은 이 캠페인에만 적용됩니다.',
		passThreshold: '합격 점수',
		excellentThreshold: '우수 점수',
		allowPartial: "'부분 충족' 답을 허용",
		criticalMode: '핵심 항목 미충족 시',
		criticalModes: { flag: '표시만 함', 'fail-evaluation': '평가를 0점 처리' },
		maxMenuDepth: 'IVR 메뉴 최대 단계',
		maxGreetingSeconds: 'IVR 첫 안내 최대 길이 (초)',
		serviceLevelSeconds: '상담사 연결 기준 (초)',
		callbackTolerance: '예약 콜백 허용 오차 (분)',
		evaluationsCount: (n: number) => `평가 ${n}건`,
		phoneCount: (n: number) => `전화번호 ${n}개`,
		emailInvalid:
			'이메일 주소 하나만 name@example.com 형식으로 입력하세요. 공백, 쉼표, ?, &, % 는 쓸 수 없습니다.',
		phoneInvalid: (value: string) =>
			`'${value}'은(는) 전화번호로 볼 수 없습니다. 숫자와 +, -, 괄호, 공백만 씁니다 (예: 1588-1234).`,
		webInvalid: '웹 주소는 https://www.example.com 또는 www.example.com 형식으로 입력하세요.'
	},
	followUps: {
		title: '후속 조치',
		intro: '요청한 콜백과 이메일 문의의 답변 기한을 추적합니다.',
		emptyTitle: '대기 중인 후속 조치가 없습니다',
		emptyBody:
			'평가 중에 콜백이나 이메일 문의를 기록하면 기한까지 남은 시간과 함께 여기에 표시되고, 기한이 지나면 미충족으로 바뀝니다.'
	},
	reports: {
		title: '보고서',
		intro: '평가 결과를 평가별 평가표, 캠페인 대시보드, KS S 1006 심사 항목별 보고서로 봅니다.',
		emptyTitle: '아직 보고서가 없습니다',
		emptyBody: '평가를 확정하면 여기에서 볼 수 있습니다.'
	},
	settings: {
		signingKey: {
			title: '서명 키',
			body: '이 기기에서 내보내는 파일은 이 키로 서명됩니다. 받는 사람에게 아래 지문을 알려 주면 파일이 이 기기에서 보낸 것인지 확인할 수 있습니다.',
			fingerprint: '키 지문',
			loading: '키를 준비하는 중…',
			failed: (reason: string) => `키를 준비하지 못했습니다: ${reason}`
		},
		title: '설정',
		intro:
			'화면 언어와 시간대, 이 기기의 저장 공간과 데이터, 팀 서버 연결과 서명 키를 설정합니다. 설정은 모두 이 기기에 저장됩니다.',
		language: '언어',
		languageHint: '화면 언어를 선택합니다. 선택은 이 기기에 저장됩니다.',
		saveFailed:
			'이 기기에 설정을 저장하지 못했습니다. 지금은 적용되지만 다시 열면 이전 설정으로 돌아갑니다.',
		timeZone: '시간대',
		timeZoneHint: '날짜와 시간을 표시할 시간대입니다.',
		timeZoneSeoul: '서울 (Asia/Seoul)',
		timeZoneDevice: (zone: string) => `이 기기 (${zone})`,
		storage: '저장 공간',
		storagePersistent: '영구 저장: 브라우저가 공간이 부족해도 데이터를 지우지 않습니다.',
		storageBestEffort:
			'일반 저장: 기기 공간이 부족하면 브라우저가 데이터를 지울 수 있습니다. 앱을 설치하면 보호됩니다.',
		storageUnknown: '이 브라우저는 저장 공간 상태를 알려주지 않습니다.',
		storageRequest: '영구 저장 요청',
		storageDenied:
			'브라우저가 영구 저장을 허용하지 않았습니다. 앱을 홈 화면에 설치한 뒤 다시 시도하세요.',
		storageUsage: (used: string, quota: string) => `${quota} 중 ${used} 사용`,
		iosTitle: 'iPhone·iPad 사용자',
		iosBody:
			'Safari는 7일 동안 방문하지 않은 사이트의 데이터를 지웁니다. 공유 버튼 → "홈 화면에 추가"로 앱을 설치하면 데이터가 보존됩니다.',
		about: '정보',
		version: (v: string) => `버전 ${v}`,
		offlineReady: '오프라인 사용 준비 완료',
		offlineNotReady: '오프라인 준비 중…',
		erase: {
			title: '이 기기의 모든 데이터 지우기',
			body: '평가 기록은 이 브라우저의 저장소(IndexedDB)에 암호화되지 않은 채 저장되며, 기기 잠금으로만 보호됩니다. 기기를 넘기거나 조사를 마쳤다면 모두 지우세요.',
			start: '모든 데이터 지우기…',
			counting: '저장된 데이터를 세는 중…',
			what: '다음이 모두 지워지며 되돌릴 수 없습니다:',
			campaigns: (n: number) => `캠페인 ${n}개`,
			evaluations: (n: number) => `평가 ${n}건 (변경 기록 포함)`,
			photos: (n: number) => `사진 ${n}장`,
			recordings: (n: number) => `통화 녹음 파일 ${n}개 (원본과 공유용 사본)`,
			audits: (n: number) => `심사 체크리스트 ${n}개`,
			key: '이 기기의 서명 키와 기기 ID',
			preferences: '설정 (언어, 시간대, 평가자 이름)',
			exportFirst: '필요한 평가는 먼저 내보내세요.',
			appKept: '앱 자체는 남아 오프라인에서도 계속 열립니다.',
			typeLabel: '확인하려면 "지우기"를 입력하세요',
			typeWord: '지우기',
			confirm: '모두 지우기',
			cancel: '취소',
			erasing: '지우는 중…',
			failed: (reason: string) => `지우지 못했습니다: ${reason}`
		}
	}
} as const;
