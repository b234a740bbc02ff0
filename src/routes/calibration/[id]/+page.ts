export const prerender = false;

export const load = ({ params }) => ({ id: params.id });
