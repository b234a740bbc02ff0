/**
 * The record and bundle parsers report `path: message` in plain English (the same text serves
 * logs and tests). This puts the common message shapes into the UI language; the path stays
 * as it is (it names fields of the file), and a message of an unknown shape is kept.
 */
import type { Locale } from './messages';

type Rule = [RegExp, (...groups: string[]) => string];

const koRules: Rule[] = [
	[/^is required \(expected (.+)\)$/, (type) => `필수 항목입니다 (${type} 형식).`],
	[/^must not be empty$/, () => '비어 있으면 안 됩니다.'],
	[/^expected one of (.+)$/, (list) => `다음 중 하나여야 합니다: ${list}.`],
	[
		/^expected (\S+), received (.+)$/,
		(want, got) => `${want} 형식이어야 합니다 (받은 값: ${got}).`
	],
	[/^expected a whole number ≥ 1$/, () => '1 이상의 정수여야 합니다.'],
	[/^expected (.+)$/, (want) => `${want}이어야 합니다.`],
	[/^must be at most (\S+) characters$/, (n) => `${n}자 이하여야 합니다.`],
	[/^must be at least (\S+) characters$/, (n) => `${n}자 이상이어야 합니다.`],
	[/^must have at most (\S+) items$/, (n) => `항목이 ${n}개 이하여야 합니다.`],
	[/^must have at least (\S+) items$/, (n) => `항목이 ${n}개 이상이어야 합니다.`],
	[/^must be at most (\S+)$/, (n) => `${n} 이하여야 합니다.`],
	[/^must be at least (\S+)$/, (n) => `${n} 이상이어야 합니다.`],
	[/^must be less than (\S+)$/, (n) => `${n}보다 작아야 합니다.`],
	[/^must be greater than (\S+)$/, (n) => `${n}보다 커야 합니다.`],
	[/^must be a valid (.+)$/, (format) => `올바른 ${format} 형식이 아닙니다.`],
	[/^has an invalid format$/, () => '형식이 올바르지 않습니다.'],
	[/^does not match any allowed shape$/, () => '허용된 형태가 아닙니다.'],
	[/^unknown check id (.+)$/, (id) => `알 수 없는 점검 항목 ID입니다: ${id}`],
	[/^unknown field\(s\): (.+)$/, (keys) => `알 수 없는 필드입니다: ${keys}`],
	[/^the file is empty$/, () => '빈 파일입니다.'],
	[/^not a JSON file: (.+)$/s, (detail) => `JSON 파일이 아닙니다: ${detail}`],
	[
		/^file is (.+); the limit is (.+)$/,
		(size, limit) => `파일이 ${size}로, 한도 ${limit}를 넘습니다.`
	],
	[/^forbidden key (.+)$/, (key) => `허용되지 않는 키입니다: ${key}`],
	[
		/^is a text of more than (\S+) characters; no text in a bundle is longer \(photos aside\)$/,
		(n) => `${n}자보다 긴 글입니다. 파일 안의 글은 사진을 빼고 이보다 길 수 없습니다.`
	],
	[/^has a key of more than (\S+) characters$/, (n) => `필드 이름이 ${n}자보다 깁니다.`],
	[/^is a number of more than (\S+) characters$/, (n) => `${n}자보다 긴 숫자입니다.`],
	[
		/^fields this app does not know carry more than (.+); such padding is refused$/,
		(size) =>
			`이 앱이 모르는 필드에 ${size}가 넘는 내용이 들어 있습니다. 이렇게 채워 넣은 파일은 받지 않습니다.`
	],
	[
		/^holds more white space between two values than a pretty-printed file \((\S+) line breaks and (\S+) spaces\); such padding is refused$/,
		(breaks, spaces) =>
			`값 사이의 공백이 보기 좋게 정리한 파일보다 많습니다(줄바꿈 ${breaks}개, 공백 ${spaces}개까지). 이렇게 채워 넣은 파일은 받지 않습니다.`
	],
	[
		/^holds more than (\S+) values; such padding is refused$/,
		(n) => `값이 ${n}개를 넘습니다. 이렇게 채워 넣은 파일은 받지 않습니다.`
	],
	[/^is nested deeper than (\S+) levels$/, (n) => `${n}단계보다 깊게 중첩되어 있습니다.`],
	[
		/^is before the year 2000: looks like seconds, not milliseconds$/,
		() => '2000년 이전 시각입니다. 밀리초가 아니라 초 단위로 기록된 것 같습니다.'
	],
	[/^is not base64/, () => 'base64 형식이 아닙니다.'],
	[/^is larger than (.+)$/, (size) => `${size}보다 큽니다.`],
	[/^campaign (\S+) is not in the bundle$/, (id) => `캠페인 ${id}이(가) 파일에 없습니다.`],
	[/^evaluation (\S+) is not in the bundle$/, (id) => `평가 ${id}이(가) 파일에 없습니다.`],
	[
		/^duplicate (\S+) id (\S+) \(also (.+)\)$/,
		(_, id, other) => `중복된 ID ${id}입니다 (${other}와 같음).`
	],
	[/^not a KS S 1006 bundle/, () => 'KS S 1006 내보내기 파일이 아닙니다.'],
	[
		/^bundle format (\S+) is newer than this app supports \((\S+)\)$/,
		(v, supported) =>
			`파일 형식 ${v}은(는) 이 앱이 읽을 수 있는 ${supported}보다 새 버전입니다. 앱을 새로 고침해 업데이트하세요.`
	]
];

/** One parser message in the UI language (English messages are returned as they are). */
export function localiseParseMessage(message: string, locale: Locale): string {
	if (locale === 'en') return message;
	for (const [pattern, render] of koRules) {
		const match = pattern.exec(message);
		if (match) return render(...match.slice(1));
	}
	return message;
}
