/** Korean messages of the call-recording screen (attach, record, waveform, timeline, mutes) and the share page. */
export const recordingScreenKo = {
	title: '통화 녹음',
	intro:
		'통화 녹음 파일을 붙이면 파형을 보며 들을 수 있고, 녹음에서 IVR 시간을 측정할 수 있습니다. 원본 파일은 이 휴대폰에만 남습니다.',
	linkFromIvr: '녹음으로 측정',
	linkCount: (n: number) => (n === 0 ? '녹음 없음' : `녹음 ${n}개`),
	back: '평가로 돌아가기',
	readOnly: '이 평가는 수정할 수 없어 녹음을 붙이거나 바꿀 수 없습니다.',
	list: '붙인 녹음',
	none: '아직 붙인 녹음이 없습니다.',
	via: { share: '공유로 받음', file: '파일에서 고름', recorded: '이 기기로 녹음' },
	duration: (clock: string) => `길이 ${clock}`,
	open: '열기',
	remove: '녹음 삭제',
	removeConfirm: '이 녹음을 평가에서 뗄까요? 이 녹음에 묶인 순간도 함께 지워집니다.',
	expired: '보존 기간이 지나 녹음을 삭제했습니다',
	unavailable: {
		offline: '오프라인이라 녹음을 불러올 수 없습니다. 연결되면 다시 여세요.',
		'not-allowed': '이 녹음을 들을 권한이 없습니다.',
		missing: '이 기기에 녹음 파일이 없습니다.',
		expired: '보존 기간이 지나 녹음을 삭제했습니다'
	},
	attach: {
		title: '녹음 붙이기',
		pick: '녹음 파일 고르기',
		pickHint: '휴대폰 통화 녹음(m4a, amr, 3gp), wav, mp3, webm, ogg 파일',
		adding: '붙이는 중…',
		added: (name: string) => `'${name}'을(를) 붙였습니다.`,
		notAudio: (name: string) => `'${name}'은(는) 소리 파일이 아닙니다. 통화 녹음 파일을 고르세요.`,
		tooLong: '녹음이 1시간보다 깁니다. 통화 부분만 잘라서 붙여 주세요.',
		undecodable: (name: string) =>
			`'${name}'을(를) 이 브라우저에서 열 수 없습니다. 파일이 손상되었거나 지원하지 않는 형식입니다.`,
		failed: (reason: string) => `붙이지 못했습니다: ${reason}`
	},
	recorder: {
		title: '다른 기기로 녹음',
		hint: '통화를 스피커로 켜 두고 이 기기로 녹음합니다. 통화 중인 휴대폰에서는 녹음할 수 없습니다.',
		start: '녹음 시작',
		stop: '녹음 중지',
		recording: '녹음 중',
		elapsed: '녹음 시간',
		unsupported: '이 브라우저는 녹음을 지원하지 않습니다. 녹음 파일을 골라 붙여 주세요.',
		denied: '마이크를 쓸 수 없습니다. 브라우저 설정에서 마이크를 허용해 주세요.',
		fileName: (stamp: string) => `녹음 ${stamp}`
	},
	player: {
		label: '녹음 재생',
		waveform: '파형: 누르거나 끌어서 위치 이동',
		play: '재생',
		pause: '일시정지',
		back5: '5초 뒤로',
		forward5: '5초 앞으로',
		speed: '재생 속도',
		position: '재생 위치',
		loading: '녹음을 불러오는 중…'
	},
	analysis: {
		title: '녹음에서 IVR 측정',
		run: '분석',
		again: '다시 분석',
		running: '분석 중…',
		progress: '분석 진행',
		failed: (reason: string) => `분석하지 못했습니다: ${reason}`,
		undecodable: '이 녹음을 풀 수 없어 분석하지 못했습니다. 다른 형식으로 저장해 다시 붙여 주세요.',
		empty: '이 녹음에는 소리가 없어 분석할 것이 없습니다.',
		manualHint: '분석 없이도 재생 위치에서 이벤트를 직접 추가할 수 있습니다.',
		detector: (name: string) => `분석기: ${name}`
	},
	timeline: {
		title: '제안된 타임라인',
		empty: '아직 이벤트가 없습니다. 분석하거나 재생 위치에서 추가하세요.',
		confirmed: '확인함',
		confirm: '확인',
		unconfirm: '확인 취소',
		remove: '삭제',
		toPlayhead: '지금 위치로',
		earlier: (step: string) => `${step}초 앞당기기`,
		later: (step: string) => `${step}초 늦추기`,
		confidence: (pct: number) => `확신도 ${pct}%`,
		add: '재생 위치에 이벤트 추가',
		addAt: (clock: string) => `${clock}에 추가`,
		key: (k: string) => `키 ${k}`,
		keyPick: '누른 키',
		commit: '타임라인 확정',
		recommit: '타임라인 다시 확정',
		committed: (n: number) => `녹음에서 측정한 이벤트 ${n}개를 IVR 기록에 넣었습니다.`,
		nothingConfirmed: '확인한 이벤트가 없습니다. 넣을 이벤트마다 "확인"을 누르세요.',
		startAsk: '녹음이 시작된 시각을 알 수 없습니다. 통화를 시작한 시각을 입력하세요.',
		startLabel: '녹음 시작 시각',
		startInvalid: '시각을 YYYY-MM-DD HH:MM:SS 형식으로 입력하세요.',
		anchorStopwatch: '스톱워치 기록에 맞춰 시각을 정했습니다.',
		anchorRecording: '녹음 시작 시각에 맞춰 시각을 정했습니다.',
		markerLabel: (name: string, clock: string) => `${name} ${clock}`
	},
	result: {
		disagreements: '스톱워치와 2초 이상 차이',
		disagreement: (name: string, secs: string, later: boolean) =>
			`${name}: 녹음이 스톱워치보다 ${secs}초 ${later ? '늦음' : '빠름'}`
	},
	mutes: {
		title: '무음 처리할 구간',
		explain:
			'다른 사람은 이 구간을 무음으로 듣습니다. 주민등록번호나 카드번호를 말한 부분을 표시하세요.',
		start: '여기부터 무음',
		end: '여기까지 무음',
		pending: (clock: string) => `${clock}부터 — 끝을 정하세요`,
		none: '무음 구간이 없습니다.',
		remove: (range: string) => `${range} 구간 삭제`,
		save: '무음 구간 저장',
		saved: '무음 구간을 저장했습니다.',
		invalid: '구간의 끝은 시작보다 뒤여야 합니다.'
	},
	log: {
		recording: (name: string, clock: string) => `녹음 '${name}' (${clock})`,
		removed: (name: string, moments: number) =>
			moments > 0 ? `녹음 '${name}' · 묶인 순간 ${moments}개` : `녹음 '${name}'`,
		mutes: (ranges: string) => `무음 ${ranges}`,
		moment: (range: string) => `녹음 구간 ${range}`,
		fromAudio: '녹음에서 측정'
	},
	sourceAudio: '녹음',
	share: {
		title: '녹음 공유받기',
		ask: '어느 평가에 붙일까요?',
		received: (name: string) => `받은 파일: ${name}`,
		empty: '공유받은 녹음이 없습니다. 휴대폰의 통화 녹음에서 공유 → 이 앱을 고르세요.',
		noOpen: '붙일 수 있는 진행 중인 평가가 없습니다. 먼저 평가를 시작하세요.',
		pick: '이 평가에 붙이기',
		discard: '버리기',
		failed: '공유받은 파일을 저장하지 못했습니다. 다시 공유해 주세요.'
	}
} as const;
