// Build step for runbooks: find each page's diagnostics, prove them against
// their recorded outputs, and attach what the card and the search index need
// (outputs, results, matched lines). Results are cached by the hash of the
// spec and the outputs, so an unchanged diagnostic is not re-run.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from '../doctree/types.js';
import { collectDiagnostics } from './collect.js';
import type { DiagnosticSpec } from './model.js';
import { validateDiagnostic, type ValidationResult } from './validate.js';

export class ValidationCache {
  private entries: Record<string, ValidationResult> = {};
  private dirty = false;

  constructor(private readonly file: string | null) {
    if (file && existsSync(file)) {
      try {
        this.entries = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        this.entries = {};
      }
    }
  }

  get(key: string): ValidationResult | undefined {
    return this.entries[key];
  }

  set(key: string, result: ValidationResult): void {
    this.entries[key] = result;
    this.dirty = true;
  }

  save(): void {
    if (!this.file || !this.dirty) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify(this.entries));
    this.dirty = false;
  }
}

function readOutput(ref: { path: string | null; content?: string }): string | undefined {
  if (ref.content !== undefined) return ref.content;
  if (!ref.path) return undefined;
  try {
    return readFileSync(ref.path, 'utf8');
  } catch {
    return undefined;
  }
}

function cacheKey(spec: DiagnosticSpec, outputs: Record<string, string | undefined>): string {
  const hash = createHash('sha1');
  hash.update(JSON.stringify([spec.match, spec.filter ?? '', spec.timeoutSeconds, spec.fixtures.map((f) => f.written), spec.healthy.map((f) => f.written)]));
  for (const [name, text] of Object.entries(outputs)) hash.update(`\0${name}\0${text ?? '<missing>'}`);
  return hash.digest('hex');
}

export interface PreparedPage {
  specs: DiagnosticSpec[];
  results: ValidationResult[];
  problems: Array<{ line: number; message: string }>;
}

export async function prepareDiagnostics(doctree: Element, cache: ValidationCache): Promise<PreparedPage> {
  const { specs, nodes, problems } = collectDiagnostics(doctree);
  const results: ValidationResult[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const spec = specs[i];
    const outputs: Record<string, string | undefined> = {};
    for (const ref of [...spec.fixtures, ...spec.healthy]) outputs[ref.written] = readOutput(ref);
    const key = cacheKey(spec, outputs);
    let result = cache.get(key);
    if (!result) {
      result = await validateDiagnostic(spec);
      cache.set(key, result);
    }
    results.push(result);
    const present: Record<string, string> = {};
    for (const [name, text] of Object.entries(outputs)) if (text !== undefined) present[name] = text;
    nodes[i].data = { ...nodes[i].data, validation: result, outputs: present, signatureLines: signatureLines(spec, present, result) };
  }
  return { specs, results, problems };
}

/** Incident outputs' lines for the search index, the matched ones marked. */
function signatureLines(spec: DiagnosticSpec, outputs: Record<string, string>, result: ValidationResult): Array<{ line: string; matched: boolean }> {
  const lines: Array<{ line: string; matched: boolean }> = [];
  for (const ref of spec.fixtures) {
    const text = outputs[ref.written];
    if (text === undefined) continue;
    const matched = new Set(result.results.find((r) => r.kind === 'fixture' && r.fixture === ref.written)?.matchedLines ?? []);
    text.split('\n').forEach((line, index) => lines.push({ line, matched: matched.has(index) }));
  }
  return lines;
}
