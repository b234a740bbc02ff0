/** Pure edits of an evaluation: IVR events, follow-ups, finalising and revisions. */
export * from './ivr';
export * from './follow-ups';
export * from './lifecycle';
