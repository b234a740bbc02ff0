/** Korean messages of attaching, muting and playing call recordings (composed into screens). */
export const recordingStoreKo = {
	errors: {
		'not-audio': '녹음 파일이 아닙니다. m4a, mp3, wav, webm, ogg 파일을 붙여 주세요.',
		'too-large': (max: string) => `파일이 너무 큽니다. ${max} 이하의 녹음만 붙일 수 있습니다.`,
		'too-long': (max: string) => `녹음이 너무 깁니다. ${max} 이하의 녹음만 붙일 수 있습니다.`,
		decode:
			'이 파일을 재생할 수 없습니다. 파일이 손상되었거나 이 브라우저가 지원하지 않는 형식입니다(예: AMR). m4a나 mp3로 다시 저장해 붙여 주세요.',
		empty: '이 파일에는 소리가 없습니다.',
		duplicate: '같은 녹음이 이미 이 평가에 붙어 있습니다.',
		'not-editable': '이 평가는 수정할 수 없어 녹음을 바꿀 수 없습니다.',
		'unknown-recording': '이 녹음은 이 평가에 붙어 있지 않습니다.',
		'no-original':
			'원본 녹음이 이 기기에 없어 무음 구간을 바꿀 수 없습니다. 녹음을 붙인 기기에서 바꿔 주세요.',
		'bad-mutes': '무음 구간이 녹음 길이를 벗어나거나 끝이 시작보다 앞섭니다.'
	},
	unavailable: {
		expired: '보존 기간이 지나 녹음을 삭제했습니다',
		offline: '팀 서버에 연결할 수 없어 녹음을 불러오지 못했습니다. 연결되면 다시 시도해 주세요.',
		'not-allowed': '이 녹음을 들을 권한이 없습니다.',
		missing: '이 녹음 파일을 찾을 수 없습니다. 녹음한 기기에서 아직 보내지 않았을 수 있습니다.'
	}
} as const;
