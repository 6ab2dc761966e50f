// Generators of realistic reStructuredText for benchmarks: pages in the style
// of an ops knowledge base (Chinese and English prose, inline markup, lists,
// literal blocks of command output, tables, directives, targets, footnotes).
// Deterministic (seeded), so runs are comparable.

export function rng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const EN_WORDS = 'the pod node kubelet container memory cgroup kernel slab cache network policy service endpoint volume mount disk pressure eviction scheduler etcd leader lease timeout retry backoff image registry pull secret config map daemon socket connection refused reset route table bridge veth namespace quota limit request throttle cpu usage spike alert runbook check verify fix cause symptom restart upgrade'.split(' ');
const ZH_WORDS = '内存 节点 容器 内核 网络 存储 磁盘 排查 故障 异常 日志 重启 升级 配置 参数 调度 服务 集群 监控 告警 资源 限制 泄漏 分配 失败 检查 修复 原因 现象 验证'.split(' ');

export function sentence(r: () => number, zh: boolean): string {
  const n = 6 + Math.floor(r() * 12);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const pool = zh && r() < 0.7 ? ZH_WORDS : EN_WORDS;
    let w = pool[Math.floor(r() * pool.length)];
    const roll = r();
    if (roll < 0.05) w = `*${w}*`;
    else if (roll < 0.09) w = `**${w}**`;
    else if (roll < 0.15) w = `\`\`${w}\`\``;
    else if (roll < 0.17) w = `\`${w} <https://example.com/${w}>\`_`;
    words.push(w);
  }
  return (zh ? words.join(r() < 0.5 ? ' ' : ' ') : words.join(' ')) + (zh ? '。' : '.');
}

export function paragraph(r: () => number, zh: boolean, width = 78): string {
  const text = Array.from({ length: 2 + Math.floor(r() * 4) }, () => sentence(r, zh)).join(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const OUTPUT_LINES = [
  'Warning  FailedCreatePodSandBox  3m (x12 over 10m)  kubelet  Failed to create pod sandbox: rpc error',
  'mkdir: cannot create directory ‘/sys/fs/cgroup/memory/kubepods/pod1234’: Cannot allocate memory',
  'Mar  8 12:34:56 node-1 kernel: Memory cgroup out of memory: Killed process 21993 (java)',
  'NAME                          READY   STATUS              RESTARTS   AGE',
  'web-6f9c7b8d5-x2x7k           0/1     ContainerCreating   0          10m',
  'tcp   ESTAB  0  0  10.0.0.12:443  10.0.3.4:51234',
  '/dev/sda1        50G   49G  1.0G  98% /',
];

export function literalBlock(r: () => number): string {
  const n = 3 + Math.floor(r() * 12);
  return Array.from({ length: n }, () => '   ' + OUTPUT_LINES[Math.floor(r() * OUTPUT_LINES.length)]).join('\n');
}

export function gridTable(r: () => number): string {
  const rows = 2 + Math.floor(r() * 4);
  const border = '+------------+--------------------------+';
  const out = [border, '| Field      | Meaning                  |', border.replace(/-/g, '=')];
  for (let i = 0; i < rows; i++) {
    const a = EN_WORDS[Math.floor(r() * EN_WORDS.length)].padEnd(10).slice(0, 10);
    const b = EN_WORDS[Math.floor(r() * EN_WORDS.length)].padEnd(24).slice(0, 24);
    out.push(`| ${a} | ${b} |`, border);
  }
  return out.join('\n');
}

/** One realistic page of about `targetBytes` bytes. */
export function rstPage(r: () => number, index: number, targetBytes: number): string {
  const zh = index % 2 === 0;
  const title = zh ? `${ZH_WORDS[index % ZH_WORDS.length]}故障排查 ${index}` : `Troubleshooting ${EN_WORDS[index % EN_WORDS.length]} ${index}`;
  const parts = [`.. _page_${index}:`, '', title, '='.repeat(title.length * 2), ''];
  let section = 0;
  let footnotes = 0;
  while (parts.join('\n').length < targetBytes) {
    const roll = r();
    if (roll < 0.08) {
      section++;
      const heading = zh ? `步骤 ${section}` : `Step ${section}`;
      parts.push(`.. _page_${index}_s${section}:`, '', heading, '-'.repeat(heading.length * 2), '');
    } else if (roll < 0.45) parts.push(paragraph(r, zh), '');
    else if (roll < 0.55) parts.push(Array.from({ length: 3 }, () => '- ' + sentence(r, zh)).join('\n'), '');
    else if (roll < 0.6) parts.push(Array.from({ length: 3 }, (_, i) => `${i + 1}. ` + sentence(r, zh)).join('\n'), '');
    else if (roll < 0.72) parts.push((zh ? '检查输出' : 'Check the output') + '::', '', literalBlock(r), '');
    else if (roll < 0.77) parts.push(gridTable(r), '');
    else if (roll < 0.82) parts.push('.. note::', '', '   ' + sentence(r, zh), '');
    else if (roll < 0.86) parts.push('.. code:: bash', '', '   kubectl get pods -A -o wide', '   kubectl describe pod web-0', '');
    else if (roll < 0.9) {
      footnotes++;
      parts.push(`${sentence(r, zh)} [#f${footnotes}]_`, '', `.. [#f${footnotes}] ${sentence(r, zh)}`, '');
    } else if (roll < 0.94) parts.push(`term ${Math.floor(r() * 100)}`, `   ${sentence(r, zh)}`, '');
    else parts.push(`:Field: ${sentence(r, zh)}`, `:Other: value ${index}`, '');
  }
  return parts.join('\n') + '\n';
}
