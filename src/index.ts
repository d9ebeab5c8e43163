export * from './edit/rewrite.js';
export type * from './edit/types.js';
export * from './fs/atomic-write.js';
export * from './model/conversion.js';
export type * from './model/report.js';
export * from './model/scan.js';
export * from './scan/classify.js';
export * from './scan/scan.js';
