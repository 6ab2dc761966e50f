// The page a new incident starts from: the structure a good runbook has,
// with «fill in: ...» placeholders that `rstro check` and `rstro test` flag
// until the contributor replaces them.

export const PLACEHOLDER = '«fill in';

export interface IncidentTemplate {
  title: string;
  label: string;
  fixtureName: string;
}

export function incidentPage({ title, label, fixtureName }: IncidentTemplate): string {
  const rule = '='.repeat(Math.max(title.length * 2, 8));
  return `.. _${label}:

${rule}
${title}
${rule}

.. Written with \`rstro new incident\`. Replace every «fill in: ...» text, then run
   \`npx rstro check\` and \`npx rstro test\`: both flag placeholders left behind.

Symptoms
========

«fill in: what was seen first — the alert, the error message as it appeared, which hosts or pods.»

.. literalinclude:: ${label}/${fixtureName}
   :caption: «fill in: the command that produced this output»
   :emphasize-lines: 1

How to check
============

.. diagnostic:: «fill in: what this check proves»
   :command: «fill in: a read-only command to run on the affected host»
   :fixture: ${label}/${fixtureName}
   :match: contains "«fill in: text that appears only when the problem is present»"
   :safe:

   «fill in: why this output means the problem is present.»

Cause
=====

«fill in: why it happened.»

Fix
===

«fill in: the steps that fixed it, with the commands.»

Verify
======

«fill in: how to see that it is fixed (the same check, now passing).»

References
==========

- «fill in: related runbooks as :ref:\`label\`, upstream issues, vendor notes.»
`;
}

export function fixturePlaceholder(): string {
  return `${PLACEHOLDER}: paste here the output recorded during the incident, e.g. \`kubectl describe pod NAME > this-file\`»\n`;
}

export function sectionIndex(title: string): string {
  const rule = '='.repeat(Math.max(title.length * 2, 8));
  return `${rule}\n${title}\n${rule}\n\n.. toctree::\n   :maxdepth: 1\n\n`;
}

/** Lines (1-based) of `text` that still hold a placeholder. */
export function placeholderLines(text: string): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.includes(PLACEHOLDER)) lines.push(index + 1);
  });
  return lines;
}
