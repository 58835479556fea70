export * from './assignment';
export * from './link';
export * from './submission';
export * from './grade';
export * from './report';
export * from './infer';
export * from './board';
