import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { korean } from '$lib/i18n';
import { StorageError } from '$lib/storage/errors';
import { messageOf } from './message-of';

const ko = { t: korean, locale: 'ko' as const };

describe('messageOf', () => {
	it('explains a full disk with the usage and what to delete, in Korean', () => {
		const error = new StorageError('quota', 'quota exceeded');
		error.usage = { usage: 1.5 * 1024 ** 3, quota: 2 * 1024 ** 3 };
		const text = messageOf(error, ko);
		expect(text).toContain('이 기기의 저장 공간이 가득 찼습니다 (2 GB 중 1.5 GB 사용 중).');
		expect(text).toContain('사진');
		expect(text).toContain('오래된 평가를 내보내고 지워');
		expect(text).not.toMatch(/quota/i);
	});

	it('explains a full disk without usage when the browser cannot estimate it', () => {
		const text = messageOf(
			new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
			ko
		);
		expect(text).toMatch(/^이 기기의 저장 공간이 가득 찼습니다\. /);
	});

	it('explains a quota error that carries no message (as Chromium may throw it)', () => {
		const text = messageOf(new DOMException('', 'QuotaExceededError'), ko);
		expect(text).toMatch(/^이 기기의 저장 공간이 가득 찼습니다\. /);
	});

	it('gives a browser error without words a sentence naming it, never an empty reason', () => {
		expect(messageOf(new DOMException('', 'AbortError'), ko)).toBe(
			'기기 저장소에서 오류가 났습니다 (AbortError). 잠시 후 다시 시도하고, 계속되면 페이지를 새로 고침하세요.'
		);
		expect(messageOf(new Error(''), ko)).toContain('(Error)');
	});

	it('turns a raw VersionError into the Korean reload advice', () => {
		const raw = new DOMException(
			'The requested version (3) is less than the existing version (4).',
			'VersionError'
		);
		expect(messageOf(raw, ko)).toBe(korean.storageErrors.version);
		expect(messageOf(raw, ko)).toContain('이 기기에 더 새로운 버전의 앱이 데이터를 저장했습니다');
		expect(messageOf(raw, ko)).toContain('새로 고침');
	});

	it.each(['blocked', 'unavailable', 'corrupt'] as const)(
		'gives the %s kind its own full sentence in each language',
		(kind) => {
			const error = new StorageError(kind, 'raw english detail');
			expect(messageOf(error, ko)).toBe(korean.storageErrors[kind]);
			expect(messageOf(error, { t: en, locale: 'en' })).toBe(en.storageErrors[kind]);
			expect(messageOf(error, ko)).not.toContain('raw english detail');
		}
	);

	it('names the detail of an unknown storage error inside a Korean sentence', () => {
		const text = messageOf(new StorageError('unknown', 'AbortError: aborted'), ko);
		expect(text).toBe(
			'기기 저장소에서 오류가 났습니다 (AbortError: aborted). 잠시 후 다시 시도하고, 계속되면 페이지를 새로 고침하세요.'
		);
	});

	it('keeps the own message of an error that is not about storage', () => {
		expect(messageOf(new Error('서명 키가 없습니다'), ko)).toBe('서명 키가 없습니다');
		expect(messageOf('plain text', ko)).toBe('plain text');
	});
});
