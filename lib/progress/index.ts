export * from './schema';
export * from './migrate';
export * from './parse';
export * from './merge';
export * from './file';
export * from './storage';
export * from './store';
export * from './summary';
