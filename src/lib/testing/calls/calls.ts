/**
 * At least twenty synthetic calls of varied shape, each with the true time of every event the
 * analyser should propose (its rules: src/lib/domain/recording/analysis/timeline.ts).
 */
import type { DtmfKey } from '../../domain/recording/analysis/types';
import { mulberry32 } from '../prng';
import { CallBuilder, voices, type SyntheticCall } from './builder';

const GREETING = '안녕하십니까, 고객센터입니다';
const MENU = '카드 분실은 일번, 결제 문의는 이번, 상담원 연결은 영번을 눌러 주세요';
const SUBMENU = '청구 금액 확인은 삼번, 이전 메뉴는 별표를 눌러 주세요';
const AGENT = '네 고객님, 상담원 김민지입니다, 무엇을 도와드릴까요';
const SHOPPER = '카드 결제일을 바꾸고 싶어서 전화했습니다';
const AGENT_REPLY = '네, 확인해 드리겠습니다, 잠시만요';
const BYE = '감사합니다, 좋은 하루 되세요';
const WAIT = '상담원과 연결 중입니다, 잠시만 기다려 주십시오';
const CONNECTING = '상담원에게 연결합니다';

type B = CallBuilder;

function ring(b: B, bursts: number, lastGapMs = b.between(600, 1500)) {
	const r = b.ringback(bursts, lastGapMs);
	b.truth('dial', r.startMs);
}

/** The greeting: one run of IVR speech, then a pause longer than a pause inside speech. */
function greet(b: B, text = GREETING) {
	const s = b.speak(text, voices.ivr);
	b.truth('greeting-start', s.startMs).truth('greeting-end', s.endMs);
	b.silence(b.between(1200, 1800));
}

function prompt(b: B, text = MENU) {
	b.speak(text, voices.ivr);
	b.silence(b.between(700, 1500));
}

function press(b: B, key: DtmfKey, type: 'menu' | 'agent-request' = 'menu', ms = 120) {
	const k = b.key(key, ms);
	b.truth(type, k.startMs, key);
}

function hold(b: B, seconds: number, style: 'pluck' | 'sine' = 'pluck', level = 0.3) {
	const m = b.music(seconds, style, level);
	b.truth('hold', m.startMs);
}

/** The agent answers, the shopper and the agent talk, the call ends after the last word. */
function conversation(b: B, agentAnswer = true) {
	const a = b.speak(AGENT, voices.agent);
	if (agentAnswer) b.truth('agent-answer', a.startMs);
	b.silence(b.between(900, 1400));
	b.speak(SHOPPER, voices.shopper);
	b.silence(b.between(900, 1400));
	b.speak(AGENT_REPLY, voices.agent);
	b.silence(b.between(900, 1400));
	const end = b.speak(BYE, voices.agent);
	b.truth('call-end', end.endMs);
	b.silence(b.between(300, 1500));
}

function call(name: string, seed: number, shape: (b: B) => void): SyntheticCall {
	const b = new CallBuilder(mulberry32(seed));
	b.silence(b.between(200, 900));
	shape(b);
	return b.build(name);
}

/** A standard IVR: menu, one key, hold music, agent. */
function standard(b: B, key: DtmfKey = '0', holdSeconds = 8, style: 'pluck' | 'sine' = 'pluck') {
	ring(b, 2);
	greet(b);
	prompt(b);
	press(b, key, 'agent-request');
	b.silence(b.between(300, 900));
	hold(b, holdSeconds, style);
	b.silence(b.between(200, 800));
	conversation(b);
}

/** The synthetic calls with their truth (built on first use; sound cached on disk). */
export function syntheticCalls(): SyntheticCall[] {
	const calls: SyntheticCall[] = [
		call('no IVR: the agent answers after ringing', 1, (b) => {
			ring(b, 3);
			const a = b.speak(AGENT, voices.agent);
			b.truth('greeting-start', a.startMs).truth('greeting-end', a.endMs);
			b.silence(1200);
			b.speak(SHOPPER, voices.shopper);
			b.silence(1000);
			const end = b.speak(BYE, voices.agent);
			b.truth('call-end', end.endMs);
			b.silence(800);
		}),
		call('standard IVR with plucked hold music', 2, (b) => standard(b)),
		call('standard IVR with sine-chord hold music', 3, (b) => standard(b, '0', 10, 'sine')),
		call('deep menu: three levels of keys', 4, (b) => {
			ring(b, 2);
			greet(b);
			prompt(b);
			press(b, '2');
			b.silence(b.between(400, 900));
			prompt(b, SUBMENU);
			press(b, '3');
			b.silence(b.between(400, 900));
			prompt(b, MENU);
			press(b, '0', 'agent-request');
			b.silence(600);
			hold(b, 6, 'sine');
			b.silence(400);
			conversation(b);
		}),
		call('several keys in a row (a card number) before hold', 5, (b) => {
			ring(b, 1);
			greet(b);
			prompt(b);
			const keys: DtmfKey[] = ['1', '2', '3', '4', '#'];
			keys.forEach((k, i) => {
				press(b, k, i === keys.length - 1 ? 'agent-request' : 'menu', 100);
				b.silence(i === keys.length - 1 ? 700 : 150);
			});
			hold(b, 7);
			b.silence(500);
			conversation(b);
		}),
		call('long hold (60 s)', 6, (b) => standard(b, '0', 60)),
		call('white noise at 15 dB', 7, (b) => {
			standard(b, '9', 8);
			b.noise('white', 15);
		}),
		call('pink noise at 10 dB', 8, (b) => {
			standard(b, '5', 8, 'sine');
			b.noise('pink', 10);
		}),
		call('the agent speaks over the end of the hold music', 9, (b) => {
			ring(b, 2);
			greet(b);
			prompt(b);
			press(b, '0', 'agent-request');
			b.silence(500);
			hold(b, 10);
			b.back(1000);
			conversation(b);
		}),
		call('silence only', 10, (b) => b.silence(20_000)),
		call('quiet line noise only', 11, (b) => {
			b.silence(20_000);
			b.noise('pink', 35);
		}),
		call('hold music only', 12, (b) => {
			b.silence(2500);
			b.music(30, 'pluck');
			b.silence(1000);
		}),
		call('no answer: ringing only', 13, (b) => {
			const r = b.ringback(6, 300);
			b.truth('dial', r.startMs).truth('call-end', r.endMs);
		}),
		call('recorded from the answer: no ringback', 14, (b) => {
			greet(b);
			prompt(b);
			press(b, '1', 'agent-request');
			b.silence(400);
			hold(b, 8, 'sine');
			b.silence(300);
			conversation(b);
		}),
		call('no hold music: the agent after a silence', 15, (b) => {
			ring(b, 2);
			greet(b);
			prompt(b);
			press(b, '0', 'agent-request');
			b.silence(500);
			b.speak(CONNECTING, voices.ivr);
			b.silence(b.between(3000, 6000));
			conversation(b);
		}),
		call('a quiet recording (peak −26 dBFS)', 16, (b) => {
			ring(b, 2);
			const s = b.speak(GREETING, voices.ivr, 0.05);
			b.truth('greeting-start', s.startMs).truth('greeting-end', s.endMs);
			b.silence(1500);
			b.speak(MENU, voices.ivr, 0.05);
			b.silence(900);
			press(b, '0', 'agent-request', 150);
			b.silence(700);
			const m = b.music(8, 'pluck', 0.03);
			b.truth('hold', m.startMs);
			b.silence(500);
			const a = b.speak(AGENT, voices.agent, 0.05);
			b.truth('agent-answer', a.startMs);
			b.silence(1000);
			const end = b.speak(BYE, voices.shopper, 0.05);
			b.truth('call-end', end.endMs);
			b.silence(700);
		}),
		call('short key tones (50 ms) and the star and hash keys', 17, (b) => {
			ring(b, 2);
			greet(b);
			prompt(b, SUBMENU);
			press(b, '*', 'menu', 50);
			b.silence(900);
			prompt(b);
			press(b, '#', 'agent-request', 50);
			b.silence(600);
			hold(b, 6, 'sine');
			b.silence(300);
			conversation(b);
		}),
		call('an announcement inside the hold', 18, (b) => {
			ring(b, 2);
			greet(b);
			prompt(b);
			press(b, '0', 'agent-request');
			b.silence(500);
			hold(b, 8);
			b.silence(600);
			b.speak(WAIT, voices.ivr);
			b.silence(600);
			b.music(8, 'pluck');
			b.silence(400);
			conversation(b);
		}),
		call('the shopper hangs up during the greeting', 19, (b) => {
			ring(b, 1);
			const s = b.speak(GREETING, voices.ivr);
			b.truth('greeting-start', s.startMs)
				.truth('greeting-end', s.endMs)
				.truth('call-end', s.endMs);
			b.silence(2000);
		}),
		call('white noise at 20 dB with sine hold music', 20, (b) => {
			standard(b, '0', 12, 'sine');
			b.noise('white', 20);
		})
	];
	calls.push(
		call('a phone-line recording (8 kHz, 300–3400 Hz) with noise', 25, (b) => {
			standard(b, '0', 8);
			b.phoneLine();
			b.noise('pink', 20);
		}),
		call('the shopper presses a key during the greeting', 26, (b) => {
			ring(b, 2);
			const g = b.speak(`${GREETING}, ${MENU}`, voices.ivr);
			b.truth('greeting-start', g.startMs);
			b.back(g.endMs - g.startMs - 2500);
			press(b, '0', 'agent-request', 150);
			b.truth('greeting-end', b.now - 150);
			b.silence(g.endMs - b.now + 800);
			hold(b, 8);
			b.silence(400);
			conversation(b);
		})
	);
	for (let seed = 21; seed <= 24; seed++) {
		calls.push(
			call(`random gaps and keys (seed ${seed})`, seed, (b) => {
				ring(b, 1 + Math.floor(b.between(0, 3)));
				greet(b);
				const depth = b.between(1, 3);
				for (let i = 0; i < depth; i++) {
					prompt(b, i % 2 ? SUBMENU : MENU);
					const key = String(b.between(0, 9)) as DtmfKey;
					press(b, key, i === depth - 1 ? 'agent-request' : 'menu', b.between(60, 200));
					b.silence(b.between(300, 1200));
				}
				hold(b, b.between(4, 15), seed % 2 ? 'pluck' : 'sine');
				b.silence(b.between(200, 1500));
				conversation(b);
			})
		);
	}
	return calls;
}

/** A call of about `minutes` minutes for the benchmark: an IVR, a long hold, a long conversation. */
export function longCall(minutes: number): SyntheticCall {
	return call(`${minutes}-minute call`, 77, (b) => {
		ring(b, 3);
		greet(b);
		prompt(b);
		press(b, '2');
		b.silence(800);
		prompt(b, SUBMENU);
		press(b, '0', 'agent-request');
		b.silence(600);
		hold(b, Math.min(180, minutes * 20));
		b.silence(500);
		const a = b.speak(AGENT, voices.agent);
		b.truth('agent-answer', a.startMs);
		const turns = [SHOPPER, AGENT_REPLY, WAIT, SHOPPER, AGENT];
		for (let i = 0; b.now < minutes * 60_000 - 5000; i++) {
			b.silence(b.between(600, 1500));
			b.speak(turns[i % turns.length]!, i % 2 ? voices.agent : voices.shopper);
		}
		b.silence(800);
		const end = b.speak(BYE, voices.agent);
		b.truth('call-end', end.endMs);
		b.silence(1000);
	});
}
