import type { CommandModule } from 'yargs';

/**
 * Every `newsgraph` command, one module each. Handlers import their implementation lazily,
 * so `newsgraph --help` stays fast.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export const commands: CommandModule<{}, never>[] = [];
