// Browser side of the code frames' copy buttons (see code/frame.ts for the markup).
// The site bundles this and calls `wireCopyButtons()` once per page.
//
// What is copied: `data-copy-text` when the renderer wrote one (a console or
// Python session: the commands without prompts or output), otherwise the
// text of the frame's <code>. Line numbers live in a separate gutter element,
// so they are never part of it.

const COPIED_FOR_MS = 1500;

export function copyTextOf(button: HTMLElement): string {
  const explicit = button.dataset.copyText;
  if (explicit !== undefined) return explicit;
  const code = button.closest('.code-frame')?.querySelector('pre.highlight > code');
  return code?.textContent ?? '';
}

/** One delegated listener for every copy button, present or added later. */
export function wireCopyButtons(root: Document | HTMLElement = document): void {
  root.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLElement>('button.copy-button');
    if (!button) return;
    const label = button.querySelector('.copy-button-label');
    const original = label?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(copyTextOf(button));
      button.dataset.copied = '';
      if (label) label.textContent = button.dataset.copiedLabel ?? 'Copied';
    } catch {
      // No clipboard permission (e.g. plain http): leave the text selectable instead of failing loudly.
      if (label) label.textContent = button.dataset.failedLabel ?? 'Press Ctrl+C';
      const code = button.closest('.code-frame')?.querySelector('pre.highlight > code');
      if (code) window.getSelection()?.selectAllChildren(code);
    }
    setTimeout(() => {
      delete button.dataset.copied;
      if (label) label.textContent = original;
    }, COPIED_FOR_MS);
  });
}
