// How a server test reads a refusal: the ApiError a service call fails with.
import { ApiError } from '../server/http/errors';

/** The ApiError a promise fails with, undefined when it succeeds; any other error is rethrown. */
async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError | undefined> {
	try {
		await promise;
		return undefined;
	} catch (error) {
		if (error instanceof ApiError) return error;
		throw error;
	}
}

/** The ApiError a promise fails with (fails the test when it does not fail). */
export async function failure(promise: Promise<unknown>): Promise<ApiError> {
	const error = await apiErrorOf(promise);
	if (!error) throw new Error('expected an ApiError');
	return error;
}

/** The status a step fails with (undefined when it does not fail). */
export async function statusOf(step: () => Promise<unknown>): Promise<number | undefined> {
	return (await apiErrorOf(step()))?.status;
}
