import { describe, expect, it } from 'vitest';
import { SignatureIndex, looksLikeLogLine, type SignatureIndexFile } from '../../src/search/signature-index.js';
import { combineResults } from '../../src/search/combine.js';

const file: SignatureIndexFile = {
  version: 1,
  docs: [
    { docname: 'k8s/memcg', url: '/k8s/memcg/', title: 'Pods stuck in ContainerCreating: cgroup IDs leaked' },
    { docname: 'net/dns', url: '/net/dns/', title: 'DNS lookups time out' },
    { docname: 'storage/full', url: '/storage/full/', title: 'Disk full' },
  ],
  signatures: [
    [0, 1.3, "mkdir: cannot create directory '/sys/fs/cgroup/memory/kubepods/pod1234': Cannot allocate memory"],
    [0, 1, 'Warning  FailedCreatePodSandBox  2m  kubelet  Failed to create pod sandbox: cannot allocate memory'],
    [1, 1.3, 'dial udp 10.96.0.10:53: i/o timeout'],
    [1, 1, ';; connection timed out; no servers could be reached'],
    [2, 1.3, 'write /var/lib/docker/tmp/x: no space left on device'],
  ],
};

describe('SignatureIndex', () => {
  const index = new SignatureIndex(file);

  it('finds the runbook for a pasted line whose volatile parts differ', () => {
    const hits = index.search('mkdir: cannot create directory ‘/sys/fs/cgroup/memory/kubepods/besteffort/podeb6abc31-be1d-46a3-b93e-4230893ac649’: Cannot allocate memory');
    expect(hits[0].docname).toBe('k8s/memcg');
    expect(hits[0].matched).toContain('mkdir');
  });

  it('finds it through a log prefix (timestamp, host)', () => {
    const hits = index.search('Nov 27 10:11:12 worker-7 dockerd[811]: write /var/lib/docker/tmp/GetImageBlob123: no space left on device');
    expect(hits[0].docname).toBe('storage/full');
  });

  it('finds a fragment', () => {
    expect(index.search('i/o timeout')[0].docname).toBe('net/dns');
  });

  it('answers junk, regex characters and huge pastes without throwing', () => {
    expect(() => index.search('(((((.*+?[[[\\')).not.toThrow();
    expect(index.search('\u0000\u0001')).toEqual([]);
    const start = performance.now();
    index.search('cannot allocate memory '.repeat(20000));
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('looksLikeLogLine and combineResults', () => {
  it('tells pasted lines from keywords', () => {
    expect(looksLikeLogLine('dial udp 10.96.0.10:53: i/o timeout')).toBe(true);
    expect(looksLikeLogLine('dns timeout')).toBe(false);
    expect(looksLikeLogLine('内存 泄漏')).toBe(false);
  });

  it('puts signature hits first for log lines and full text first for keywords', () => {
    const sig = [{ docname: 'net/dns', url: '/net/dns/', title: 'DNS', score: 0.5, matched: 'dial udp' }];
    const ft = [{ url: '/storage/full/', title: 'Disk full', excerpt: '<mark>timeout</mark>' }];
    const byUrl = new Map([['/storage/full/', 'storage/full'], ['/net/dns/', 'net/dns']]);
    expect(combineResults('dial udp 10.0.0.1:53: i/o timeout', sig, ft, byUrl).map((h) => h.docname)).toEqual(['net/dns', 'storage/full']);
    expect(combineResults('timeout', sig, ft, byUrl).map((h) => h.docname)).toEqual(['storage/full', 'net/dns']);
  });
});
