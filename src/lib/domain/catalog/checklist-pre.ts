/**
 * 참고 1 진단용 체크리스트, 가. 고객이 제공받은 사전 서비스: access before any contact.
 * Texts are verbatim from the seed, including its inconsistent final full stops.
 */
import { defineChecks } from './define';
import type { ChecklistSection } from './types';

export const preServiceSection: ChecklistSection = {
	id: 'A',
	label: '가',
	title: { ko: '고객이 제공받은 사전 서비스', en: 'Pre-service received by the customer' },
	groups: [
		{
			id: 'A1',
			no: 1,
			title: {
				ko: '고객이 편리하게 이용할 수 있으며, 접근 편의적으로 구성',
				en: 'Convenient for customers to use and organized for easy access'
			},
			checks: defineChecks(
				'A1-',
				['5.2'],
				[
					{
						ko: '전화, 팩스, 이메일 응대를 제공하고 있다',
						en: 'Telephone, fax and e-mail contact are offered.',
						assessor: 'shopper',
						why: 'A customer sees the contact channels listed on the website, app or bill.',
						evidence: ['observation']
					},
					{
						ko: 'SMS, SNS 응대 또는 채팅(웹, 앱) 기능을 제공하고 있다',
						en: 'SMS or social-media contact, or a chat function (web, app), is offered.',
						assessor: 'shopper',
						why: 'A customer can find and try the SMS, social-media and chat channels.',
						evidence: ['observation']
					},
					{
						ko: '웹에 검색이나 FAQ 기능이 있다',
						en: 'The website has a search or FAQ function.',
						assessor: 'shopper',
						why: 'A customer visiting the website sees whether search or an FAQ exists.',
						evidence: ['observation']
					},
					{
						ko: '외국어 상담이나 통역서비스를 제공하고 있다.',
						en: 'Consultation in foreign languages or an interpreting service is offered.',
						assessor: 'shopper',
						why: 'A customer finds the foreign-language option on the website or in the IVR, or asks for it.',
						evidence: ['observation']
					},
					{
						ko: '이메일 응대 답변기준 시간을 정하고 답변을 제공하고 있다',
						en: 'A standard reply time for e-mail is set, and replies are given.',
						assessor: 'both',
						why: 'A shopper e-mails and times the reply; the auditor confirms the standard when it is not published.',
						evidence: ['follow-up', 'document']
					},
					{
						ko: '웹 또는 IVR에서 콜백 예약시 24시간 이내에 답변을 제공하거나 고객이 요청한 예약시간을 준수하고 있다',
						en: 'When a callback is booked on the web or in the IVR, the answer comes within 24 hours or at the time the customer reserved.',
						assessor: 'shopper',
						why: 'A shopper books a callback and notes when the call comes.',
						evidence: ['follow-up']
					},
					{
						ko: '고객콘택트센터 전화번호를 용이하게 취득할 수 있다.(114안내, 포탈사이트 검색 첫화면)',
						en: 'The contact center phone number is easy to obtain (114 directory enquiries, first page of portal-site search results).',
						assessor: 'shopper',
						why: 'A shopper searches a portal site or calls 114 for the number.',
						evidence: ['observation']
					},
					{
						ko: '다양한 매체를 통해 고객콘택트센터 연락처를 홍보하고 있다.(TV, 신문, 온라인 등)',
						en: 'The contact details of the contact center are publicized through various media (TV, newspapers, online, etc.).',
						assessor: 'both',
						why: 'A shopper sees the online promotion; the auditor checks the records of TV, print and other media.',
						evidence: ['observation', 'document']
					},
					{
						ko: '사회적 약자를 위한 서비스를 제공하고 있다.(예:화상상담 등)',
						en: 'Services for socially disadvantaged people are offered (e.g. video consultation).',
						assessor: 'shopper',
						why: 'A customer can see and try the offered accessible channels, such as video consultation.',
						evidence: ['observation']
					},
					{
						ko: '상담사 통화 가능시간을 고객에게 안내하고 있다.(홈페이지 및 근무시간 외 IVR 접속 시)',
						en: 'Customers are told the hours when an agent can be reached (on the website, and in the IVR when calling outside working hours).',
						assessor: 'shopper',
						why: 'A shopper reads the website and calls outside working hours to hear the notice.',
						evidence: ['observation']
					}
				],
				2
			)
		}
	]
};
