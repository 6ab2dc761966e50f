// `rstro new incident`: writes a new incident page, its fixture folder, and
// the toctree entries that make it reachable. It refuses a label or file that
// already exists and never overwrites anything.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addToctreeEntry } from './toctree-edit.js';
import { fixturePlaceholder, incidentPage, sectionIndex } from './template.js';

export interface NewIncidentOptions {
  title: string;
  /** Folder under the source root, e.g. `kubernetes/debug`. */
  section: string;
  label?: string;
  sourceRoot: string;
  fixtureRoot: string;
  /** For tests: the date used in labels derived from non-ASCII titles. */
  now?: Date;
}

export interface NewIncidentResult {
  label: string;
  created: string[];
  modified: string[];
}

export class ScaffoldError extends Error {}

/** `Pods stuck in ContainerCreating!` -> `pods_stuck_in_containercreating`. */
export function labelFromTitle(title: string, now = new Date()): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  if (ascii && ascii.join('').length >= 3) return ascii.join('_').slice(0, 60).replace(/_+$/, '');
  const stamp = now.toISOString().slice(0, 10).replace(/-/g, '');
  return `incident_${stamp}`;
}

function* rstFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === '_build') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* rstFiles(full);
    else if (entry.name.endsWith('.rst') || entry.name.endsWith('.md')) yield full;
  }
}

/** Where `.. _label:` (or MyST `(label)=`) is already defined, if anywhere. */
export function findLabel(sourceRoot: string, label: string): string | null {
  const rst = new RegExp(`^\\s*\\.\\.\\s+_${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:\\s*$`, 'im');
  const myst = new RegExp(`^\\(${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)=\\s*$`, 'im');
  for (const file of rstFiles(sourceRoot)) {
    const text = readFileSync(file, 'utf8');
    if (rst.test(text) || myst.test(text)) return file;
  }
  return null;
}

function checkSection(section: string): string {
  const clean = section.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
  if (!clean || clean.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    throw new ScaffoldError(`--section must be a folder inside the source root, like "kubernetes/debug"; got "${section}"`);
  }
  return clean;
}

export function newIncident(options: NewIncidentOptions): NewIncidentResult {
  const title = options.title.trim();
  if (!title) throw new ScaffoldError('the incident needs a title');
  if (!existsSync(options.sourceRoot) || !statSync(options.sourceRoot).isDirectory()) {
    throw new ScaffoldError(`source folder ${options.sourceRoot} does not exist`);
  }
  const section = checkSection(options.section);
  const label = options.label?.trim() || labelFromTitle(title, options.now);
  if (!/^[a-z0-9][a-z0-9_.-]*$/i.test(label)) throw new ScaffoldError(`label "${label}" may use only letters, digits, "_", "-" and "."`);
  const pagePath = path.join(options.sourceRoot, section, `${label}.rst`);
  if (existsSync(pagePath)) throw new ScaffoldError(`${path.relative(process.cwd(), pagePath)} already exists; choose another --label`);
  const existing = findLabel(options.sourceRoot, label);
  if (existing) throw new ScaffoldError(`label "${label}" is already defined in ${path.relative(process.cwd(), existing)}; choose another --label`);
  const fixtureDir = path.join(options.fixtureRoot, section, label);
  const fixtureName = 'output.txt';
  const fixturePath = path.join(fixtureDir, fixtureName);
  if (existsSync(fixturePath)) throw new ScaffoldError(`${fixturePath} already exists; choose another --label`);

  const created: string[] = [];
  const modified: string[] = [];
  // Toctrees first, from the section up to the root, so the page is reachable.
  const parts = section.split('/');
  let entry = label;
  for (let depth = parts.length; depth >= 0; depth--) {
    const folder = path.join(options.sourceRoot, ...parts.slice(0, depth));
    const index = path.join(folder, 'index.rst');
    if (existsSync(index)) {
      const edit = addToctreeEntry(readFileSync(index, 'utf8'), entry);
      if (edit.added) {
        writeFileSync(index, edit.text);
        modified.push(index);
      }
      break;
    }
    if (depth === 0) throw new ScaffoldError(`${index} does not exist: the project has no root index.rst`);
    mkdirSync(folder, { recursive: true });
    const heading = parts[depth - 1].replace(/[_-]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
    writeFileSync(index, sectionIndex(heading) + `   ${entry}\n`);
    created.push(index);
    entry = `${parts[depth - 1]}/index`;
  }
  mkdirSync(path.dirname(pagePath), { recursive: true });
  writeFileSync(pagePath, incidentPage({ title, label, fixtureName }), { flag: 'wx' });
  created.push(pagePath);
  mkdirSync(fixtureDir, { recursive: true });
  writeFileSync(fixturePath, fixturePlaceholder(), { flag: 'wx' });
  created.push(fixturePath);
  return { label, created, modified };
}
