/** Korean messages of the call-recording screens. */
export const recordingKo = {
	analysis: {
		decoding: '녹음 파일을 여는 중',
		analysing: '녹음에서 IVR 시점을 찾는 중',
		undecodable:
			'이 녹음 파일을 열 수 없습니다. 지원하는 형식(m4a, mp3, wav, webm, ogg)인지 확인하고 다른 파일을 골라 주세요. 첨부한 파일은 그대로 남아 있습니다.',
		empty: '녹음 파일에 소리가 없습니다. 다른 파일을 골라 주세요.',
		failed: (detail: string) =>
			`녹음을 분석하지 못했습니다 (${detail}). 시점은 직접 표시할 수 있고, 첨부한 파일은 그대로 남아 있습니다.`
	}
};
