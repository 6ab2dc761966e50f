// Sphinx (Pygments) language names → how we highlight them with highlight.js.
// Sphinx accepts Pygments' lexer names and aliases; highlight.js has its own
// names, and some "languages" are really sessions (prompt + command + output).

export type HighlightPlan =
  | { kind: 'plain' }
  | { kind: 'grammar'; grammar: string }
  /** A shell session: `$ cmd` / `# cmd` lines are commands (bash), the rest is output. */
  | { kind: 'shell-session' }
  /** A Python interactive session: `>>> ` and `... ` lines are code (python), the rest is output. */
  | { kind: 'python-session' };

const PLAIN = new Set(['', 'none', 'text', 'default', 'plaintext', 'plain', 'txt', 'output', 'raw', 'nohighlight']);
const SHELL_SESSIONS = new Set(['console', 'shell-session', 'sh-session', 'shellsession', 'bash-session', 'terminal', 'session']);
const PYTHON_SESSIONS = new Set(['pycon', 'python-console', 'py-console', 'pytb', 'doctest']);

/** Pygments names that highlight.js spells differently. */
const ALIASES: Record<string, string> = {
  sh: 'bash', shell: 'bash', zsh: 'bash', ksh: 'bash', 'shell-script': 'bash', bash: 'bash',
  python: 'python', py: 'python', python3: 'python', py3: 'python', ipython: 'python', ipython3: 'python', sage: 'python',
  yaml: 'yaml', yml: 'yaml', 'yaml+jinja': 'yaml',
  json: 'json', jsonc: 'json', json5: 'json', 'json-object': 'json', jsonld: 'json',
  ini: 'ini', cfg: 'ini', dosini: 'ini', toml: 'ini', systemd: 'ini', conf: 'ini', properties: 'properties',
  c: 'c', h: 'c', cpp: 'cpp', 'c++': 'cpp', cxx: 'cpp', hpp: 'cpp',
  go: 'go', golang: 'go', rust: 'rust', rs: 'rust',
  docker: 'dockerfile', dockerfile: 'dockerfile', containerfile: 'dockerfile',
  nginx: 'nginx', apache: 'apache', apacheconf: 'apache',
  sql: 'sql', mysql: 'sql', postgresql: 'pgsql', postgres: 'pgsql', plpgsql: 'pgsql', sqlite3: 'sql', tsql: 'sql',
  diff: 'diff', udiff: 'diff', patch: 'diff',
  javascript: 'javascript', js: 'javascript', jsx: 'javascript', typescript: 'typescript', ts: 'typescript', tsx: 'typescript',
  html: 'xml', xml: 'xml', xhtml: 'xml', 'html+jinja': 'xml', svg: 'xml',
  make: 'makefile', makefile: 'makefile', mf: 'makefile', bsdmake: 'makefile', cmake: 'cmake',
  powershell: 'powershell', ps1: 'powershell', pwsh: 'powershell', posh: 'powershell',
  bat: 'dos', batch: 'dos', cmd: 'dos',
  'c#': 'csharp', cs: 'csharp', csharp: 'csharp', 'objective-c': 'objectivec', objc: 'objectivec',
  ruby: 'ruby', rb: 'ruby', perl: 'perl', pl: 'perl', lua: 'lua', php: 'php', java: 'java', kotlin: 'kotlin',
  scala: 'scala', swift: 'swift', haskell: 'haskell', hs: 'haskell', erlang: 'erlang', elixir: 'elixir',
  markdown: 'markdown', md: 'markdown', latex: 'latex', tex: 'latex', css: 'css', scss: 'scss', less: 'less',
  http: 'http', dns: 'dns', vim: 'vim', nix: 'nix', awk: 'awk', protobuf: 'protobuf', proto: 'protobuf', graphql: 'graphql',
  r: 'r', julia: 'julia', groovy: 'groovy', gradle: 'gradle', puppet: 'puppet', tcl: 'tcl', llvm: 'llvm', wasm: 'wasm',
};

/** Languages Pygments knows and highlight.js has no grammar for: plain text, without a warning. */
const KNOWN_WITHOUT_GRAMMAR = new Set(['rst', 'restructuredtext', 'hcl', 'terraform', 'jinja', 'django-jinja', 'psql', 'postgresql-console', 'ansi', 'log', 'kconfig', 'ucode', 'nasm', 'text-only']);

export function planFor(language: string | undefined, isRegistered: (name: string) => boolean): { plan: HighlightPlan; unknown: boolean } {
  const name = (language ?? '').trim().toLowerCase();
  if (PLAIN.has(name)) return { plan: { kind: 'plain' }, unknown: false };
  if (SHELL_SESSIONS.has(name)) return { plan: { kind: 'shell-session' }, unknown: false };
  if (PYTHON_SESSIONS.has(name)) return { plan: { kind: 'python-session' }, unknown: false };
  const alias = ALIASES[name];
  if (alias && isRegistered(alias)) return { plan: { kind: 'grammar', grammar: alias }, unknown: false };
  if (KNOWN_WITHOUT_GRAMMAR.has(name)) return { plan: { kind: 'plain' }, unknown: false };
  if (isRegistered(name)) return { plan: { kind: 'grammar', grammar: name }, unknown: false };
  return { plan: { kind: 'plain' }, unknown: true };
}

export function planKey(plan: HighlightPlan): string {
  return plan.kind === 'grammar' ? `grammar:${plan.grammar}` : plan.kind;
}
