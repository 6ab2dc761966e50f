import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from '../../src/search/normalize.js';

describe('normalizeText', () => {
  it('replaces a cgroup path and keeps the words of the error', () => {
    expect(normalizeText('mkdir: cannot create directory ‘/sys/fs/cgroup/memory/kubepods/besteffort/podeb6abc31-be1d-46a3-b93e-4230893ac649’: Cannot allocate memory')).toBe(
      "mkdir: cannot create directory '<path>': cannot allocate memory",
    );
  });

  it('makes two machines\' versions of a kubelet line identical', () => {
    const a = 'E0308 12:34:56.123456    1234 pod_workers.go:191] Error syncing pod 4b7c2f1e-1111-2222-3333-444455556666 ("coredns-74ff55c5b-abcde_kube-system")';
    const b = 'E1130 01:02:03.999999    8765 pod_workers.go:191] Error syncing pod 9f9c2f1e-aaaa-bbbb-cccc-444455556666 ("coredns-5d78c9869d-x1y2z_kube-system")';
    expect(normalizeText(a)).toBe(normalizeText(b));
    expect(normalizeText(a)).toContain('error syncing pod <uuid>');
  });

  it('replaces addresses, timestamps, container ids and pod hashes with typed placeholders', () => {
    expect(normalizeText('dial tcp 10.96.0.1:443: i/o timeout')).toBe('dial tcp <ip>: i/o timeout');
    expect(normalizeText('connect to [fd00::1]:443 failed')).toBe('connect to [<ip>]:<num> failed');
    expect(normalizeText('Mar  8 12:34:56 node-1 kernel: oops')).toBe('<ts> node-<num> kernel: oops');
    expect(normalizeText('2024-01-02T03:04:05.678Z level=error')).toBe('<ts> level=error');
    expect(normalizeText('container 3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e exited')).toBe('container <hex> exited');
    expect(normalizeText('pod "web-6f9c7b8d5-x2x7k" failed')).toBe('pod "web-<hash>" failed');
    expect(normalizeText('[12345.678901] Out of memory')).toBe('[<ts>] out of memory');
  });

  it('folds Unicode quotes and dashes', () => {
    expect(normalizeText('“quoted” — ‘single’')).toBe('"quoted" - \'single\'');
  });

  it('survives binary junk and huge input quickly', () => {
    const junk = '\u0000\u0001\ufffd'.repeat(1000) + 'a'.repeat(100000);
    const start = performance.now();
    const out = normalizeText(junk);
    expect(performance.now() - start).toBeLessThan(500);
    expect(out.length).toBeLessThanOrEqual(2000);
  });
});

describe('tokenize', () => {
  it('splits Chinese into characters and keeps identifying punctuation', () => {
    expect(tokenize(normalizeText('容器创建失败: cannot allocate memory'))).toEqual(['容', '器', '创', '建', '失', '败', ':', 'cannot', 'allocate', 'memory']);
  });
});
