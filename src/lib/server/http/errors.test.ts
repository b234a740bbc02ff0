import { describe, expect, it, vi } from 'vitest';
import { ApiError, errorResponse, isConnectionError } from './errors';

const coded = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isConnectionError', () => {
	it('knows a lost or refused connection, also wrapped as a query error', () => {
		expect(isConnectionError(coded('ECONNREFUSED'))).toBe(true);
		expect(isConnectionError(coded('ECONNRESET'))).toBe(true);
		expect(isConnectionError(coded('57P01', 'terminating connection'))).toBe(true);
		expect(isConnectionError(coded('57P03', 'the database system is starting up'))).toBe(true);
		expect(isConnectionError(coded('08006'))).toBe(true);
		expect(isConnectionError(coded('08P01'))).toBe(true);
		expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
		expect(isConnectionError(new Error('Failed query: select 1', { cause: coded('57P01') }))).toBe(
			true
		);
	});

	it('leaves other failures alone', () => {
		expect(isConnectionError(coded('23505', 'duplicate key'))).toBe(false);
		expect(isConnectionError(coded('42P01', 'relation does not exist'))).toBe(false);
		expect(isConnectionError(coded('ENOENT'))).toBe(false);
		expect(isConnectionError(new Error('Failed query', { cause: coded('22P02') }))).toBe(false);
		expect(isConnectionError('ECONNRESET')).toBe(false);
		expect(isConnectionError(undefined)).toBe(false);
	});
});

describe('errorResponse', () => {
	it('answers a lost database connection 503 with a message to try again', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			const response = errorResponse(
				new Error('Failed query: insert …', { cause: coded('57P01', 'terminating connection') })
			);
			expect(response.status).toBe(503);
			expect(response.headers.get('retry-after')).toBe('2');
			expect(await response.json()).toEqual({
				error: 'unavailable',
				message: 'The database is restarting; try again in a moment.'
			});
		} finally {
			log.mockRestore();
		}
	});

	it('answers anything else unexpected 500 and ApiErrors as they are', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			const failed = errorResponse(coded('23505', 'duplicate key'));
			expect(failed.status).toBe(500);
			expect((await failed.json()).error).toBe('server');
			const refused = errorResponse(new ApiError(409, 'conflict', 'Changed elsewhere.'));
			expect(refused.status).toBe(409);
			expect(await refused.json()).toEqual({ error: 'conflict', message: 'Changed elsewhere.' });
		} finally {
			log.mockRestore();
		}
	});
});
