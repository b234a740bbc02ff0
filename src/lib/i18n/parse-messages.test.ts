import { describe, expect, it } from 'vitest';
import { localiseParseMessage } from './parse-messages';

describe('localiseParseMessage', () => {
	it.each([
		['is required (expected string)', '필수 항목입니다 (string 형식).'],
		['must not be empty', '비어 있으면 안 됩니다.'],
		[
			'expected one of met, partial, not-met, na',
			'다음 중 하나여야 합니다: met, partial, not-met, na.'
		],
		['expected number, received string', 'number 형식이어야 합니다 (받은 값: string).'],
		['must be at most 4000 characters', '4000자 이하여야 합니다.'],
		['must have at most 20 items', '항목이 20개 이하여야 합니다.'],
		['must be at least 0', '0 이상이어야 합니다.'],
		['unknown check id Z9-99', '알 수 없는 점검 항목 ID입니다: Z9-99'],
		['unknown field(s): extra, more', '알 수 없는 필드입니다: extra, more'],
		['file is 61.2 MB; the limit is 50 MB', '파일이 61.2 MB로, 한도 50 MB를 넘습니다.'],
		['campaign c-1 is not in the bundle', '캠페인 c-1이(가) 파일에 없습니다.'],
		[
			'fields this app does not know carry more than 256 KB; such padding is refused',
			'이 앱이 모르는 필드에 256 KB가 넘는 내용이 들어 있습니다. 이렇게 채워 넣은 파일은 받지 않습니다.'
		],
		[
			'holds more white space between two values than a pretty-printed file (2 line breaks and 128 spaces); such padding is refused',
			'값 사이의 공백이 보기 좋게 정리한 파일보다 많습니다(줄바꿈 2개, 공백 128개까지). 이렇게 채워 넣은 파일은 받지 않습니다.'
		],
		[
			'is a text of more than 65536 characters; no text in a bundle is longer (photos aside)',
			'65536자보다 긴 글입니다. 파일 안의 글은 사진을 빼고 이보다 길 수 없습니다.'
		]
	])('puts "%s" into Korean', (english, korean) => {
		expect(localiseParseMessage(english, 'ko')).toBe(korean);
	});

	it('keeps the detail of a JSON syntax error', () => {
		expect(localiseParseMessage('not a JSON file: Unexpected token } in JSON', 'ko')).toBe(
			'JSON 파일이 아닙니다: Unexpected token } in JSON'
		);
	});

	it('keeps a message of an unknown shape, and English in the English UI', () => {
		expect(localiseParseMessage('something new', 'ko')).toBe('something new');
		expect(localiseParseMessage('must not be empty', 'en')).toBe('must not be empty');
	});
});
