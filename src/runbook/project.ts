// The runbooks of a Sphinx project: every diagnostic on every page, with
// `check` targets resolved, ready to validate or to diagnose with.
import { readFileSync } from 'node:fs';
import { checkProject, type CheckResult, type ProjectOptions } from '../sphinx/project.js';
import { collectDiagnostics } from './collect.js';
import type { DiagnosticSpec } from './model.js';
import { placeholderLines } from '../scaffold/template.js';
import { RSTRO_PLUGINS } from './plugin.js';

export interface ProjectRunbooks {
  check: CheckResult;
  specs: DiagnosticSpec[];
  /** Problems found while collecting (a `check` naming no block), per file and line. */
  problems: Array<{ file: string; docname: string; line: number; message: string }>;
  titles: Map<string, { docname: string; title: string }>;
}

export async function loadRunbooks(source: string, options: ProjectOptions = {}): Promise<ProjectRunbooks> {
  const check = await checkProject(source, { plugins: RSTRO_PLUGINS, ...options });
  const specs: DiagnosticSpec[] = [];
  const problems: ProjectRunbooks['problems'] = [];
  const titles = new Map<string, { docname: string; title: string }>();
  for (const doc of check.documents.values()) {
    titles.set(doc.docname, { docname: doc.docname, title: check.env.docs[doc.docname]?.title ?? doc.docname });
    const collected = collectDiagnostics(doc.doctree);
    specs.push(...collected.specs);
    for (const p of collected.problems) problems.push({ file: doc.path, docname: doc.docname, ...p });
    // A page or recorded output still holding template placeholders is not a finished runbook.
    let text = '';
    try {
      text = readFileSync(doc.path, 'utf8');
    } catch {
      /* reported by check */
    }
    for (const line of placeholderLines(text)) problems.push({ file: doc.path, docname: doc.docname, line, message: 'placeholder left unfilled: replace the «fill in: ...» text' });
    for (const spec of collected.specs) {
      for (const ref of [...spec.fixtures, ...spec.healthy]) {
        if (!ref.path) continue;
        let fixture = '';
        try {
          fixture = readFileSync(ref.path, 'utf8');
        } catch {
          continue;
        }
        if (placeholderLines(fixture).length) problems.push({ file: doc.path, docname: doc.docname, line: spec.line, message: `recorded output ${ref.written} still holds the template placeholder: paste the real output` });
      }
    }
  }
  specs.sort((a, b) => (a.docname < b.docname ? -1 : a.docname > b.docname ? 1 : a.line - b.line));
  return { check, specs, problems, titles };
}
