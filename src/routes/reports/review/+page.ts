// The review queue reads IndexedDB: it renders in the browser.
export const prerender = false;
export const ssr = false;
