import { describe, expect, it } from 'vitest';
import {
	isEmailAddress,
	isPhoneNumber,
	isWebAddress,
	mailtoHref,
	parseEmailAddress
} from './contact';

describe('parseEmailAddress', () => {
	it.each(['help@card.example', 'first.last+tag@mail.co.kr', "o'brien@example.com", 'cs@한빛.kr'])(
		'accepts the plain address %s',
		(text) => expect(isEmailAddress(text)).toBe(true)
	);

	it('splits the local part from the domain', () => {
		expect(parseEmailAddress('cs.team@hanbit.example')).toEqual({
			local: 'cs.team',
			domain: 'hanbit.example'
		});
	});

	it.each([
		['a query that adds a recipient', 'x@y.example?bcc=evil@attacker.example'],
		['a space', 'help desk@card.example'],
		['a comma list', 'a@card.example,b@card.example'],
		['an ampersand', 'a&b@card.example'],
		['a percent escape', 'a%40b@card.example'],
		['a question mark in the domain', 'help@card.example?subject=hi'],
		['two @', 'a@b@card.example'],
		['no @', 'card.example'],
		['an empty local part', '@card.example'],
		['a domain without a dot', 'help@localhost'],
		['a leading dot', '.help@card.example'],
		['two dots in a row', 'help..desk@card.example'],
		['an empty domain label', 'help@card..example'],
		['a numeric top-level label', 'help@10.0.0.1'],
		['a newline', 'help@card.example\nbcc: x@y.example'],
		['an overlong local part', `${'a'.repeat(65)}@card.example`]
	])('refuses %s', (_, text) => {
		expect(isEmailAddress(text)).toBe(false);
		expect(mailtoHref(text)).toBeUndefined();
	});
});

describe('mailtoHref', () => {
	it('links to the address alone, each part percent-encoded', () => {
		expect(mailtoHref('first.last+tag@mail.co.kr')).toBe('mailto:first.last%2Btag@mail.co.kr');
	});

	it('encodes a domain in another script', () => {
		expect(mailtoHref('cs@한빛.kr')).toBe('mailto:cs@%ED%95%9C%EB%B9%9B.kr');
	});
});

describe('isPhoneNumber', () => {
	it.each(['1588-1234', '02-123-4567', '+82 2 123 4567', '(02) 123.4567', '114', '1588-1234#2'])(
		'accepts %s',
		(text) => expect(isPhoneNumber(text)).toBe(true)
	);

	it.each(['call me', '12', '1588-1234 ext', 'javascript:alert(1)', '1'.repeat(21), '+'])(
		'refuses %s',
		(text) => expect(isPhoneNumber(text)).toBe(false)
	);
});

describe('isWebAddress', () => {
	it.each(['https://www.card.example/help', 'http://card.example', 'www.card.co.kr/faq?x=1'])(
		'accepts %s',
		(text) => expect(isWebAddress(text)).toBe(true)
	);

	it.each([
		['a script address', 'javascript:alert(1)'],
		['a data address', 'data:text/html,hi'],
		['another scheme', 'ftp://card.example'],
		['a space', 'www.card example.com'],
		['a bare word', 'hanbit'],
		['credentials', 'https://user:pw@card.example'],
		['an empty label', 'https://card..example']
	])('refuses %s', (_, text) => expect(isWebAddress(text)).toBe(false));
});
