import type { ParamMatcher } from '@sveltejs/kit';
import { isRunStage } from '$lib/domain/run-stages';

export const match: ParamMatcher = (param) => isRunStage(param);
