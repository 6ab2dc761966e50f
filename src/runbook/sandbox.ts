// Runs a diagnostic's `:filter:` pipeline on recorded output, for real, but
// confined: a fresh temporary directory as its only writable place and working
// directory, no network, an empty environment, a time limit, and the fixture
// given on standard input (so it needs to read nothing else). With bubblewrap
// (Debian's `bubblewrap`) the process sees only /usr and that directory; without
// it, it runs in a new network namespace when `unshare` allows, else plainly
// with the same directory and environment — `isolation` says which.
import { spawn, spawnSync } from 'node:child_process';
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

const MAX_OUTPUT = 4 * 1024 * 1024;
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
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const finish = (result: Omit<ShellResult, 'stdout' | 'stderr' | 'isolation'>) => {
      rmSync(workDir, { recursive: true, force: true });
      resolve({ stdout, stderr, isolation, ...result });
    };
    const child = spawn(command, args as string[], { cwd: workDir, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdout.length < MAX_OUTPUT) stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < MAX_OUTPUT) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      finish({ exitCode: 127, timedOut, error: error.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      finish({ exitCode: code ?? (signal ? 128 : 1), timedOut });
    });
    // A filter that exits without reading all input must not fail the run.
    child.stdin.on('error', () => {});
    child.stdin.end(stdin);
  });
}
