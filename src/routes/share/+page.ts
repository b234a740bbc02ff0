// The share page reads the phone's database: it renders in the browser from the app shell.
export const prerender = false;
export const ssr = false;
