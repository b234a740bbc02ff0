/**
 * 3. 인증의 표시 방법 및 서비스 인증 구분: how a certified center displays the KS mark, for
 * printed reports. The seed's table pairs each place with a method by row: contracts and
 * promotional material are printed on (인쇄 등 …), the building carries a plaque (현판), so
 * `places[i]` goes with `methods[i]`. The contents' list numbers (1. … 5.) are the array order.
 */
import type { DisplayRequirement } from './types';

export const display: DisplayRequirement = {
	places: [
		{ ko: '계약서 및 홍보물', en: 'Contracts and promotional material' },
		{
			ko: '서비스 수행 건물 또는 시설물',
			en: 'Building or facility where the service is delivered'
		}
	],
	methods: [
		{
			ko: '인쇄 등 시행규칙 별표 7에서 규정한 표시',
			en: 'Printing or another marking set out in Annex 7 of the Enforcement Rules'
		},
		{ ko: '현판', en: 'Plaque' }
	],
	contents: [
		{
			ko: 'KS 인증 표시 도표 : KS 마크 지름 10 mm 이상',
			en: 'KS certification mark: KS mark at least 10 mm in diameter'
		},
		{ ko: '표준명 및 표준번호', en: 'Standard name and number' },
		{ ko: '인증번호', en: 'Certificate number' },
		{ ko: '서비스 업체명 및 사업장명', en: 'Name of the service company and of the site' },
		{ ko: '인증기관명', en: 'Name of the certification body' }
	],
	classification: {
		standardNo: 'KS S 1006',
		standardName: { ko: '고객콘택트센터 서비스', en: 'Customer contact center services' },
		grade: '-'
	}
};
