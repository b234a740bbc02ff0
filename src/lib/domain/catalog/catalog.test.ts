import { describe, expect, it } from 'vitest';
import { catalogSchema } from './catalog.schema';
import {
	agentChecks,
	allChecks,
	catalog,
	checkById,
	checklistChecks,
	groupOfCheck,
	sectionOfCheck,
	shopperChecks,
	SITE_ONLY_CHECK_IDS,
	stageOfCheck
} from './index';

const checkText = (id: string) => checkById(id)?.text.ko;
const everyText = JSON.stringify(catalog);

describe('catalog schema', () => {
	it('parses the whole catalog', () => {
		expect(catalogSchema.safeParse(catalog).error).toBeUndefined();
	});

	it('rejects a negative check without metMeans', () => {
		const broken = structuredClone(catalog);
		const check = broken.agentSheet.stages[10]?.checks[4];
		delete check?.metMeans;
		expect(catalogSchema.safeParse(broken).success).toBe(false);
	});
});

describe('counts', () => {
	it('has 56 checks in 참고 1, 10/9/5/3/17/7/5 by group, and B2 refers to the agent sheet', () => {
		expect(checklistChecks()).toHaveLength(56);
		const groups = catalog.checklist.flatMap((section) => section.groups);
		expect(groups.map((group) => [group.id, group.checks.length])).toEqual([
			['A1', 10],
			['B1', 9],
			['B2', 0],
			['B3', 5],
			['B4', 3],
			['B5', 17],
			['B6', 7],
			['C1', 5]
		]);
		const b2 = groups.find((group) => group.id === 'B2');
		expect(b2?.refersTo?.sheet).toBe('agent');
		expect(b2?.refersTo?.note.ko).toBe(
			'참고 부속서A.2.2, 6.4.2(상담품질보증), 10.3.2.1(상담서비스 역량)'
		);
	});

	it('has 11 stages and 39 agent checks, 4,3,5,3,4,2,2,3,5,3,5 by stage', () => {
		const { stages } = catalog.agentSheet;
		expect(stages.map((stage) => stage.id)).toEqual(
			Array.from({ length: 11 }, (_, i) => `S${String(i + 1).padStart(2, '0')}`)
		);
		expect(stages.map((stage) => stage.checks.length)).toEqual([4, 3, 5, 3, 4, 2, 2, 3, 5, 3, 5]);
		expect(agentChecks()).toHaveLength(39);
		expect(allChecks()).toHaveLength(95);
	});

	it('has 7 service audit items and 17 site audit items in 5 areas', () => {
		expect(catalog.serviceAudit.map((item) => [item.id, item.section])).toEqual([
			['SV1', 'pre'],
			['SV2-ga', 'in'],
			['SV2-na', 'in'],
			['SV2-da', 'in'],
			['SV2-ra', 'in'],
			['SV2-ma', 'in'],
			['SV3', 'post']
		]);
		expect(catalog.siteAudit.map((area) => [area.id, area.items.length])).toEqual([
			['GA', 2],
			['NA', 3],
			['DA', 7],
			['RA', 4],
			['MA', 3]
		]);
	});
});

describe('ids', () => {
	it('are unique across all checks, stages, groups and audit items', () => {
		const ids = [
			...allChecks().map((check) => check.id),
			...catalog.agentSheet.stages.map((stage) => stage.id),
			...catalog.checklist.flatMap((section) => section.groups.map((group) => group.id)),
			...catalog.serviceAudit.map((item) => item.id),
			...catalog.siteAudit.flatMap((area) => area.items.map((item) => item.id))
		];
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('follow the documented pattern: group or stage id, then the printed number', () => {
		for (const section of catalog.checklist) {
			for (const group of section.groups) {
				expect(group.id.startsWith(section.id)).toBe(true);
				group.checks.forEach((check, i) => {
					expect(check.no).toBe(i + 1);
					expect(check.id).toBe(`${group.id}-${String(i + 1).padStart(2, '0')}`);
				});
			}
		}
		for (const stage of catalog.agentSheet.stages) {
			stage.checks.forEach((check, i) => {
				expect(check.no).toBe(i + 1);
				expect(check.id).toBe(`${stage.id}-${i + 1}`);
			});
		}
	});

	it('put every stage in exactly one category, in sheet order', () => {
		const { categories, stages } = catalog.agentSheet;
		expect(categories.map((category) => category.id)).toEqual([
			'handling-voice',
			'accuracy',
			'handling-attitude'
		]);
		expect(categories.flatMap((category) => category.stageIds)).toEqual(
			stages.map((stage) => stage.id)
		);
		for (const category of categories) {
			for (const stageId of category.stageIds) {
				expect(stages.find((stage) => stage.id === stageId)?.categoryId).toBe(category.id);
			}
		}
	});
});

describe('every check', () => {
	it('has a clause, an English text and an assessor reason', () => {
		for (const check of allChecks()) {
			expect(check.clauses.length, check.id).toBeGreaterThan(0);
			expect(check.text.en.trim(), check.id).not.toBe('');
			expect(check.assessorReason.trim(), check.id).not.toBe('');
		}
	});

	it('is negative only for S03-5, S04-3 and S11-5, each saying what met means', () => {
		const negative = allChecks().filter((check) => check.polarity === 'negative');
		expect(negative.map((check) => check.id)).toEqual(['S03-5', 'S04-3', 'S11-5']);
		expect(negative.every((check) => check.metMeans?.en)).toBe(true);
	});

	it('cites the clause of its group', () => {
		const clausesOf = (id: string) => checkById(id)?.clauses;
		expect(clausesOf('A1-01')).toEqual(['5.2']);
		expect(clausesOf('B1-09')).toEqual(['6.4.1']);
		expect(clausesOf('B3-03')).toEqual(['6.5']);
		expect(clausesOf('B4-02')).toEqual(['9', '8.2']);
		expect(clausesOf('B5-01')).toEqual(['6.4.2']);
		expect(clausesOf('B5-08')).toEqual(['6.4.2', '7.2']);
		expect(clausesOf('B6-07')).toEqual(['11.4']);
		expect(clausesOf('C1-02')).toEqual(['9']);
		expect(agentChecks().every((check) => check.clauses.join() === '6.4.2,10.3.2.1')).toBe(true);
	});

	it('uses the stopwatch and follow-up evidence where the brief says', () => {
		const evidenceOf = (id: string) => checkById(id)?.evidence ?? [];
		for (const id of ['B1-02', 'B1-06', 'B1-07']) expect(evidenceOf(id)).toContain('timing');
		for (const id of ['A1-05', 'A1-06', 'B4-02', 'S05-4']) {
			expect(evidenceOf(id)).toContain('follow-up');
		}
	});

	it('on the agent sheet is assessed by the shopper', () => {
		expect(agentChecks().every((check) => check.assessor === 'shopper')).toBe(true);
	});
});

describe('evidence mapping', () => {
	it('resolves every evidenceCheckIds entry to a check', () => {
		for (const item of catalog.serviceAudit) {
			for (const id of item.evidenceCheckIds)
				expect(checkById(id), `${item.id} → ${id}`).toBeDefined();
			expect(new Set(item.evidenceCheckIds).size).toBe(item.evidenceCheckIds.length);
		}
	});

	it('uses every 참고 1 check as evidence, or lists it as site-only', () => {
		const evidence = new Set(catalog.serviceAudit.flatMap((item) => item.evidenceCheckIds));
		const uncovered = checklistChecks()
			.map((check) => check.id)
			.filter((id) => !evidence.has(id) && !SITE_ONLY_CHECK_IDS.includes(id));
		expect(uncovered).toEqual([]);
	});

	it('maps each group to the item of the same clause', () => {
		const item = (id: string) => catalog.serviceAudit.find((entry) => entry.id === id);
		expect(item('SV2-ma')?.evidenceCheckIds).toContain('B1-09');
		expect(item('SV2-ra')?.evidenceCheckIds).toContain('S11-5');
		expect(item('SV3')?.evidenceCheckIds).toEqual(
			expect.arrayContaining(['C1-01', 'C1-05', 'B4-01', 'B4-03'])
		);
	});
});

describe('texts', () => {
	it('fixes the seed typos', () => {
		expect(everyText).not.toContain('고개불만');
		expect(everyText).not.toContain('고객응대방 법');
		expect(everyText).not.toContain('??');
		expect(everyText).not.toContain(' ?');
		expect(everyText).not.toContain('제공 받은');
		expect(checkText('S10-2')).toContain('고객불만');
		expect(checkText('S03-1')).toBe('적절한 속도로 내용전달을 하고 있는지?');
		expect(checkText('S07-1')).toBe(
			'전달하려고 하는 내용을 요약, 정리하여 핵심내용을 이해시키려는 노력을 느꼈는지?'
		);
	});

	it('joins item 12 of 나(5), split by a page break in the seed', () => {
		expect(`12) ${checkText('B5-12')}`).toBe(
			'12) 고객콘택트센터 서비스 품질을 일/주/월 단위로 측정하여 보고하고 있다.'
		);
	});

	it('keeps the seed texts verbatim (spot checks)', () => {
		expect(checkText('A1-06')).toBe(
			'웹 또는 IVR에서 콜백 예약시 24시간 이내에 답변을 제공하거나 고객이 요청한 예약시간을 준수하고 있다'
		);
		expect(checkText('B3-04')).toBe(
			'보관 기간 이내의 녹취 화일은 실시간으로 검색 및 청취가 가능하며 보안설정을 하고 있다.'
		);
		expect(checkText('S11-5')).toBe('상담사가 먼저 전화를 끊는지?');
		expect(catalog.serviceAudit.find((item) => item.id === 'SV2-ma')?.criterion.ko).toBe(
			'고객콘택트센터 서비스에 대한 장애가 발생할 경우를 대비한 장애대응 시스템을 KS S 1006 11.4(서비스 장애 및 위기 대응)에서 규정한 내용 이상으로 실시하고 있어야 한다.'
		);
	});

	it('has no HTML left in the site audit, and keeps the 8 duties of 라.4) 나) one per line', () => {
		expect(JSON.stringify(catalog.siteAudit)).not.toMatch(/<\/?[a-z]+/);
		const duties = catalog.siteAudit
			.find((area) => area.id === 'RA')
			?.items.find((item) => item.id === 'RA-4')
			?.criteria.find((criterion) => criterion.label === '나)')
			?.text.ko.split('\n');
		expect(duties).toHaveLength(9);
		expect(duties?.[8]).toBe('(8) 협력업체에 대한 관리 및 지도');
	});

	it('keeps the repeated 고객응대방법 of the third block, with its own English title', () => {
		const [first, , third] = catalog.agentSheet.categories;
		expect(third?.title.ko).toBe('고객응대방법');
		expect(third?.title.ko).toBe(first?.title.ko);
		expect(third?.title.en).not.toBe(first?.title.en);
	});
});

describe('lookups', () => {
	it('lists 참고 1 then 참고 2 checks in sheet order', () => {
		const ids = allChecks().map((check) => check.id);
		expect(ids[0]).toBe('A1-01');
		expect(ids[55]).toBe('C1-05');
		expect(ids[56]).toBe('S01-1');
		expect(ids.at(-1)).toBe('S11-5');
	});

	it('finds a check by id, and undefined for an unknown id', () => {
		expect(checkById('B5-17')?.no).toBe(17);
		expect(checkById('B2-01')).toBeUndefined();
	});

	it('gives the group, stage and section of a check', () => {
		expect(groupOfCheck('B6-03')?.id).toBe('B6');
		expect(groupOfCheck('S01-1')).toBeUndefined();
		expect(stageOfCheck('S05-4')?.title.ko).toBe('문제해결');
		expect(stageOfCheck('A1-01')).toBeUndefined();
		expect(sectionOfCheck('A1-10')).toBe('pre');
		expect(sectionOfCheck('B1-01')).toBe('in');
		expect(sectionOfCheck('S11-5')).toBe('in');
		expect(sectionOfCheck('C1-01')).toBe('post');
		expect(() => sectionOfCheck('X9-99')).toThrow('Unknown check id');
	});

	it('gives the shopper every check a customer can observe, never auditor-only ones', () => {
		const shopper = shopperChecks();
		expect(shopper.every((check) => check.assessor !== 'auditor')).toBe(true);
		expect(shopper.map((check) => check.id)).toEqual(
			expect.arrayContaining(['B1-01', 'C1-02', 'S11-5'])
		);
		expect(shopper.map((check) => check.id)).not.toContain('B5-08');
	});
});
