// The runbook directives as a parser plugin of the Sphinx layer
// (ProjectOptions.plugins): the parse workers import this module by path.
import { fileURLToPath } from 'node:url';
import type { Registries } from '../rst/api.js';
import type { ProjectContext } from '../sphinx/types.js';
import { registerRunbook } from './directive.js';

export function register(registries: Registries, project: ProjectContext): void {
  registerRunbook(registries, project);
}

/** The plugin list every rstro command passes to the Sphinx layer. */
export const RSTRO_PLUGINS: string[] = [fileURLToPath(import.meta.url)];
