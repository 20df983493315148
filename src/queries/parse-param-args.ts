import { NewsgraphError } from '../errors';

/**
 * Reads `--param key=value` arguments into an object of strings (the value is everything
 * after the first "="; it may be empty only for a text that should be rejected later). A
 * missing "=" or the same key twice is an error quoting the argument.
 */
export function parseParamArgs(args: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const arg of args) {
    const cut = arg.indexOf('=');
    const key = cut === -1 ? '' : arg.slice(0, cut).trim();
    if (key === '') {
      throw new NewsgraphError(`--param must look like key=value (for example limit=10), found "${arg}"`, 1);
    }
    if (Object.hasOwn(out, key)) throw new NewsgraphError(`--param ${key} is given twice`, 1);
    out[key] = arg.slice(cut + 1);
  }
  return out;
}
