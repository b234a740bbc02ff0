// The scorecard reads IndexedDB: it renders in the browser from the app shell (200.html).
export const prerender = false;
export const ssr = false;
