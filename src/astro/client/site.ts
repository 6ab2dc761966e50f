// Browser behaviour of every page: theme switch, mobile menu, copy buttons, search.
import { setUpSearch } from './search.js';

function setUpThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
  button?.addEventListener('click', () => {
    const root = document.documentElement;
    const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    localStorage.setItem('rstro-theme', next);
  });
}

function setUpMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('.menu-toggle');
  button?.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    document.body.classList.toggle('menu-open', open);
  });
}

/** Copy the code of a block: line-number gutters and console prompts are not part of it. */
function setUpCopyButtons(): void {
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
    if (!button) return;
    const text = button.dataset.copyText ?? button.closest('.code-frame, .diagnostic-command')?.querySelector('code')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      button.dataset.copied = 'true';
      button.setAttribute('aria-label', 'Copied');
      setTimeout(() => {
        delete button.dataset.copied;
        button.setAttribute('aria-label', 'Copy');
      }, 1500);
    } catch {
      button.setAttribute('aria-label', 'Copy failed');
    }
  });
}

setUpThemeToggle();
setUpMenu();
setUpCopyButtons();
setUpSearch();
