// Runs a diagnostic's `:filter:` pipeline on recorded output, for real, but
// confined: a fresh temporary directory as its only writable place and working
// directory, no network, an empty environment, a time limit, and the fixture
// given on standard input (so it needs to read nothing else). With bubblewrap
// (Debian's `bubblewrap`) the process sees only /usr and that directory; without
// it, it runs in a new network namespace when `unshare` allows, else plainly
// with the same directory and environment — `isolation` says which.
import { spawnSync } from 'node:child_process';
import { capture } from './capture.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Isolation = 'bwrap' | 'unshare-net' | 'none';

export interface ShellResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  timedOut: boolean;
  isolation: Isolation;
  /** Set when the shell could not be started at all. */
  error?: string;
}

let detected: Isolation | null = null;

export function detectIsolation(): Isolation {
  if (detected) return detected;
  const probe = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore', timeout: 5000 }).status === 0;
  if (probe('bwrap', [...bwrapArgs('/tmp'), 'true'])) detected = 'bwrap';
  else if (probe('unshare', ['-n', 'true'])) detected = 'unshare-net';
  else detected = 'none';
  return detected;
}

function bwrapArgs(workDir: string): string[] {
  return [
    '--ro-bind', '/usr', '/usr',
    '--symlink', 'usr/bin', '/bin',
    '--symlink', 'usr/lib', '/lib',
    '--symlink', 'usr/lib64', '/lib64',
    // Debian's awk, editor, etc. are symlinks through /etc/alternatives.
    '--ro-bind-try', '/etc/alternatives', '/etc/alternatives',
    '--proc', '/proc',
    '--dev', '/dev',
    '--tmpfs', '/tmp',
    '--bind', workDir, '/work',
    '--chdir', '/work',
    '--unshare-all',
    '--die-with-parent',
    '--clearenv',
    '--setenv', 'PATH', '/usr/bin:/bin',
    '--setenv', 'LC_ALL', 'C.UTF-8',
    '--setenv', 'HOME', '/work',
  ];
}

/** Run `script` with `sh -c` in a sandbox, feeding `stdin`. Never throws. */
export function runSandboxed(script: string, stdin: string, timeoutMs = 10_000): Promise<ShellResult> {
  const isolation = detectIsolation();
  const workDir = mkdtempSync(path.join(tmpdir(), 'rstro-filter-'));
  const env = { PATH: '/usr/bin:/bin', LC_ALL: 'C.UTF-8', HOME: workDir };
  const [command, args] =
    isolation === 'bwrap'
      ? ['bwrap', [...bwrapArgs(workDir), 'sh', '-c', script]]
      : isolation === 'unshare-net'
        ? ['unshare', ['-n', 'sh', '-c', script]]
        : ['sh', ['-c', script]];
  return capture(command, args as string[], { input: stdin, timeoutMs, cwd: workDir, env }).then((result) => {
    rmSync(workDir, { recursive: true, force: true });
    return { ...result, isolation };
  });
}
