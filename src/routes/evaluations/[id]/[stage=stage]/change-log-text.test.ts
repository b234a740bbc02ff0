import { describe, expect, it } from 'vitest';
import type { ChangeLogEntry } from '$lib/domain/record';
import { en as enBase } from '$lib/i18n/en';
import { formatDateTime } from '$lib/i18n/format';
import { ko as koBase } from '$lib/i18n/ko';
import { recordingScreenEn } from '$lib/i18n/recording-screen.en';
import { recordingScreenKo } from '$lib/i18n/recording-screen.ko';
import { reportsEn } from '$lib/i18n/reports.en';
import { reportsKo } from '$lib/i18n/reports.ko';
import { changeLogText } from './change-log-text';

// The run screens read the base catalogue, the one their layout loads and the screens' one.
const ko = { ...koBase, ...reportsKo, recordingScreen: recordingScreenKo };
const en = { ...enBase, ...reportsEn, recordingScreen: recordingScreenEn };

const AT = Date.UTC(2026, 10, 25, 1, 0); // 2026-11-25 10:00 in Seoul
const NOON = Date.UTC(2026, 10, 25, 3, 0); // 12:00 in Seoul

function entry(e: Partial<ChangeLogEntry> & Pick<ChangeLogEntry, 'field'>): ChangeLogEntry {
	return { version: 2, at: AT, by: 'd-test', old: null, new: null, ...e };
}

const seoul = (ms: number) => formatDateTime(ms, 'ko', 'Asia/Seoul');
const say = (e: ChangeLogEntry) => changeLogText(e, ko, 'ko', 'Asia/Seoul');

describe('change-log values read as words', () => {
	it('agent and 상담 일시 read as labelled words, not keys or null', () => {
		const agent = say(
			entry({ field: 'agent', old: { name: null, team: null }, new: { name: '김', team: null } })
		);
		expect(agent).toEqual({ old: '(없음)', new: '성명 김' });
		const at = say(
			entry({ field: 'consultedAt', new: { date: '2026-11-25', from: '10:00', to: '10:12' } })
		);
		expect(at.new).toBe('2026-11-25 10:00 ~ 10:12');
	});

	it('no agent reached and its undo read as a count of checks, never "na"', () => {
		const marked = say(
			entry({ field: 'no-agent', old: { 'S01-1': null, 'S01-2': 'met' }, new: 'na' })
		);
		expect(marked).toEqual({ old: '2개 항목', new: '해당없음' });
		const undone = say(entry({ field: 'no-agent-undone', old: 'na', new: { 'S01-1': null } }));
		expect(undone).toEqual({ old: '해당없음', new: '1개 항목 이전 답으로' });
	});

	it('IVR events, follow-ups and responses read as labels and Seoul times', () => {
		expect(say(entry({ field: 'ivr', new: 'machine-drop' })).new).toBe('기계가 끊음');
		expect(say(entry({ field: 'ivr', new: 'menu 1' })).new).toBe('메뉴 선택 1');
		const callback = say(
			entry({
				field: 'follow-up',
				new: { kind: 'callback', via: 'ivr', requestedAt: AT, reservedAt: NOON }
			})
		);
		expect(callback.new).toBe(`콜백 (ARS) · 요청 ${seoul(AT)} · 예약 ${seoul(NOON)}`);
		const late = say(
			entry({ field: 'follow-up-response', new: NOON, reason: '후속 조치 늦게 기록' })
		);
		expect(late).toEqual({
			old: '(없음)',
			new: seoul(NOON),
			reason: '사유: 후속 조치 늦게 기록'
		});
	});

	it('statuses of a revision, photos, conflicts and deletion read as words', () => {
		expect(say(entry({ field: 'reopen', old: 'final', new: 'draft' }))).toEqual({
			old: '확정',
			new: '작성 중'
		});
		expect(say(entry({ field: 'evidence', old: [], new: ['p-1', 'p-2'] })).new).toBe('사진 2장');
		const conflict = say(
			entry({ field: 'conflict-resolved', old: { version: 4, deviceId: 'd-x' }, new: 'kept-mine' })
		);
		expect(conflict).toEqual({ old: '다른 기기의 사본 (버전 4)', new: '이 기기의 사본 유지' });
		expect(
			say(
				entry({
					field: 'created',
					new: { channel: 'phone', timeSlot: 'morning', evaluator: '김평가' }
				})
			).new
		).toBe('전화 · 오전 · 김평가');
	});

	it('recordings, muted stretches, moments and IVR events from audio read as words, never copy ids', () => {
		const added = say(
			entry({
				field: 'recording',
				ref: 'r-1',
				new: { name: 'call.m4a', copy: `sha256-${'a'.repeat(64)}`, durationMs: 83_400 }
			})
		);
		expect(added).toEqual({ old: '(없음)', new: "녹음 'call.m4a' (1:23.4)" });
		const removed = say(
			entry({
				field: 'recording-removed',
				old: { name: 'call.m4a', copy: `sha256-${'a'.repeat(64)}`, moments: 2 }
			})
		);
		expect(removed).toEqual({ old: "녹음 'call.m4a' · 묶인 순간 2개", new: '(없음)' });
		const mutes = say(
			entry({
				field: 'mutes',
				old: { mutes: '', copy: `sha256-${'a'.repeat(64)}` },
				new: { mutes: '0:12.0–0:15.5', copy: `sha256-${'b'.repeat(64)}` }
			})
		);
		expect(mutes).toEqual({ old: '(없음)', new: '무음 0:12.0–0:15.5' });
		expect(say(entry({ field: 'moment', checkId: 'S01-1', new: '0:03.0–0:07.5' })).new).toBe(
			'녹음 구간 0:03.0–0:07.5'
		);
		const measured = say(entry({ field: 'ivr', new: 'greeting-start', reason: 'from audio' }));
		expect(measured).toEqual({ old: '(없음)', new: '안내 시작', reason: '사유: 녹음에서 측정' });
		const redo = say(
			entry({ field: 'ivr', ref: 'r-1', old: ['dial', 'menu 1'], reason: 'from audio' })
		);
		expect(redo.old).toBe('전화 걸기, 메뉴 선택 1');
		expect(redo.new).toBe('(없음)');
	});

	it('reads in English with the English catalogue', () => {
		const text = changeLogText(
			entry({ field: 'ivr', new: 'agent-request' }),
			en,
			'en',
			'Asia/Seoul'
		);
		expect(text.new).not.toBe('agent-request');
		expect(text.new).toBe(en.ivr.events['agent-request']);
	});
});
