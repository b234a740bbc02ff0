// Reads IndexedDB in the browser only: nothing to prerender or render on a server.
export const prerender = false;
export const ssr = false;
