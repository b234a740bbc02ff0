// See https://svelte.dev/docs/kit/types#app.d.ts
/// <reference types="vite-plugin-pwa/vanillajs" />
declare global {
	const __APP_VERSION__: string;
	namespace App {
		// interface Error {}
		interface Locals {
			/** The signed-in member of an /api request (null when none). */
			session: import('$lib/server/auth/session').Session | null;
		}
		// interface PageData {}
		// interface PageState {}
		interface Platform {
			/** adapter-node's Node request (absent under vite): read for uploads sent without a type. */
			req?: import('node:http').IncomingMessage;
		}
	}
}

export {};
