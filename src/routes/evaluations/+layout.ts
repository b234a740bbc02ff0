// Evaluation pages read IndexedDB: they render in the browser from the app shell (200.html).
export const prerender = false;
export const ssr = false;
