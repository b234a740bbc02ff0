import { describe, expect, it } from 'vitest';
import { DebouncedText } from './debounced-text.svelte';

describe('DebouncedText', () => {
	it('cleans what is typed before it is stored: NUL removed, half a pair shown and saved as U+FFFD', async () => {
		const saved: string[] = [];
		const field = new DebouncedText({
			initial: '',
			save: (value) => {
				saved.push(value);
				return Promise.resolve();
			},
			failedText: (reason) => reason
		});
		// A paste cut between the two halves of 😀, with a NUL in it.
		field.text = '메모\u0000 끝 \uD83D';
		field.input();
		expect(field.text).toBe('메모 끝 \uFFFD');
		field.flush();
		await Promise.resolve();
		expect(saved).toEqual(['메모 끝 \uFFFD']);
		// A whole emoji stays as typed.
		field.text = '좋음 😀';
		field.input();
		field.dispose();
		expect(saved.at(-1)).toBe('좋음 😀');
	});
});
