// A small argument parser: `--flag`, `--key value`, `--key=value` and positionals.
// Each command declares which options take a value, so `--out DIR` and a
// positional SOURCE_DIR are never confused.

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | boolean>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], valueOptions: readonly string[], flagOptions: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq > 0 ? eq : undefined);
    if (valueOptions.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`option --${name} needs a value`);
      options[name] = value;
    } else if (flagOptions.includes(name)) {
      if (eq > 0) throw new UsageError(`option --${name} takes no value`);
      options[name] = true;
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { positionals, options };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
}
