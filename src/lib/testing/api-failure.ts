import { ApiError } from '../server/http/errors';

/** The ApiError a promise fails with (throws when it does not fail). */
export async function apiFailure(promise: Promise<unknown>): Promise<ApiError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof ApiError) return error;
		throw error;
	}
	throw new Error('expected an ApiError');
}
