// Runs a process to completion and captures its output: bounded output, a
// time limit that kills the whole process group, and no exception for a
// command that cannot start (that is a result, exit status 127).
import { spawn } from 'node:child_process';

export interface Captured {
  stdout: string;
  stderr: string;
  exitCode: number;
  timedOut: boolean;
  /** Set when the process could not be started. */
  error?: string;
}

const MAX_OUTPUT = 4 * 1024 * 1024;

export function capture(
  command: string,
  args: string[],
  options: { input?: string; timeoutMs: number; cwd?: string; env?: NodeJS.ProcessEnv },
): Promise<Captured> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      // Its own process group, so a timeout also stops the pipeline's children.
      detached: true,
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, options.timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (stdout.length < MAX_OUTPUT) stdout += chunk.toString('utf8');
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      if (stderr.length < MAX_OUTPUT) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, exitCode: 127, timedOut, error: error.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, exitCode: code ?? (signal ? 128 : 1), timedOut });
    });
    if (options.input !== undefined) {
      // A filter that exits without reading all its input must not fail the run.
      child.stdin!.on('error', () => {});
      child.stdin!.end(options.input);
    }
  });
}
