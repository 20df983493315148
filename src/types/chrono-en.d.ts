// The English half of chrono-node, the only language newsgraph reads dates in: the package's
// index also loads its other locales (about 0.1 s per process and per worker); `chrono-node/en`
// exports the same `casual`, `strict` and `parse` without them.
declare module 'chrono-node/en' {
  export * from 'chrono-node/dist/cjs/locales/en/index';
}
