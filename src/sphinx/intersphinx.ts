// intersphinx without the network: each intersphinx_mapping entry is read from
// a local objects.inv (a path in the mapping, relative to the source folder,
// or `<uri>/objects.inv` when the URI is itself a local folder). An entry with
// no readable inventory gets one warning, and its references stay unresolved.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readInventory, type InventoryItem } from './inventory.js';
import type { SphinxConfig } from './types.js';
import type { SphinxWarning } from './warnings.js';

export interface ExternalTarget {
  /** Full URL of the object in the other project. */
  uri: string;
  dispname: string;
  /** "(in Project vX)" as Sphinx shows in the link's title. */
  reftitle: string;
  inventory: string;
}

export interface Intersphinx {
  /** Finds `target` among items of the given types ('std:label'...), in one named inventory or in all of them. */
  lookup(types: string[], target: string, inventoryName?: string): ExternalTarget | null;
  names: Set<string>;
}

interface LoadedInventory {
  name: string;
  base: string;
  reftitle: string;
  byType: Map<string, Map<string, InventoryItem>>;
}

export function loadIntersphinx(config: SphinxConfig, srcdir: string): { intersphinx: Intersphinx; warnings: SphinxWarning[] } {
  const warnings: SphinxWarning[] = [];
  const loaded: LoadedInventory[] = [];
  const enabled = config.extensions.includes('sphinx.ext.intersphinx');
  for (const [name, { uri, inventories }] of enabled ? Object.entries(config.intersphinx_mapping) : []) {
    const problems: string[] = [];
    let done = false;
    for (const location of inventories) {
      const where = location ?? joinUri(uri, 'objects.inv');
      if (/^https?:\/\//i.test(where)) {
        problems.push(`intersphinx inventory '${where}' not fetchable: rstro does not use the network (give a local objects.inv in intersphinx_mapping)`);
        continue;
      }
      const file = path.resolve(srcdir, where.replace(/^file:\/\//, ''));
      try {
        const inventory = readInventory(readFileSync(file));
        const byType = new Map<string, Map<string, InventoryItem>>();
        for (const item of inventory.items) {
          let map = byType.get(item.type);
          if (!map) byType.set(item.type, (map = new Map()));
          if (!map.has(item.name)) map.set(item.name, item);
          // Labels and terms are matched case-insensitively, as Sphinx does.
          if ((item.type === 'std:label' || item.type === 'std:term') && !map.has(item.name.toLowerCase())) map.set(item.name.toLowerCase(), item);
        }
        loaded.push({ name, base: uri, reftitle: `(in ${inventory.project}${inventory.version ? ' v' + inventory.version : ''})`, byType });
        done = true;
        break;
      } catch (error) {
        problems.push(`intersphinx inventory '${where}' not fetchable: ${(error as Error).message}`);
      }
    }
    if (!done) {
      warnings.push({ level: 'WARNING', type: 'intersphinx', message: `failed to reach any of the inventories with the following issues:\n${problems.join('\n')}` });
    }
  }
  const names = new Set(loaded.map((l) => l.name));
  return {
    warnings,
    intersphinx: {
      names,
      lookup(types, target, inventoryName) {
        for (const inv of loaded) {
          if (inventoryName && inv.name !== inventoryName) continue;
          for (const type of types) {
            const item = inv.byType.get(type)?.get(target) ?? (type === 'std:label' || type === 'std:term' ? inv.byType.get(type)?.get(target.toLowerCase()) : undefined);
            if (item) return { uri: joinUri(inv.base, item.uri), dispname: item.dispname, reftitle: inv.reftitle, inventory: inv.name };
          }
        }
        return null;
      },
    },
  };
}

function joinUri(base: string, rel: string): string {
  if (!base) return rel;
  return base.endsWith('/') ? base + rel : `${base}/${rel}`;
}

export const NO_INTERSPHINX: Intersphinx = { names: new Set(), lookup: () => null };
