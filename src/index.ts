export * from './convert/types.js';
export * from './edit/rewrite.js';
export type * from './edit/types.js';
export * from './fs/atomic-write.js';
export type * from './report/types.js';
export * from './scan/classify.js';
export * from './scan/scan.js';
export * from './scan/types.js';
