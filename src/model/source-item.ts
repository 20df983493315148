import type { SourceError, SourceFile } from './article';

/** What `readSources` yields for each input: a file to extract, an error, a skip or a warning. */
export type SourceItem =
  | { readonly kind: 'file'; readonly file: SourceFile }
  | { readonly kind: 'error'; readonly error: SourceError }
  /** A file that is not input (another extension); not an error. */
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string }
  /** The file is read, but with a loss the user should know about (invalid UTF-8 replaced). */
  | { readonly kind: 'warning'; readonly path: string; readonly message: string };
