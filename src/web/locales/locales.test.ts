import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const languages = ['fr', 'de', 'en', 'nl'] as const;

type Tree = { [key: string]: string | Tree };

function load(language: string): Tree {
  return JSON.parse(fs.readFileSync(path.join(here, `${language}.json`), 'utf8')) as Tree;
}

/** "a.b.c" → value, for every leaf; anything that is not a string or an object is reported as a leaf too. */
function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (tree && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [key, value] of Object.entries(tree)) {
      const name = prefix ? `${prefix}.${key}` : key;
      if (value && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of flatten(value, name)) out.set(k, v);
      else out.set(name, value);
    }
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const flat = Object.fromEntries(languages.map((l) => [l, flatten(load(l))])) as Record<(typeof languages)[number], Map<string, unknown>>;
const reference = flat.fr;

describe('web locales', () => {
  it('has a reasonable number of keys in the reference language', () => {
    expect(reference.size).toBeGreaterThan(100);
  });

  for (const language of languages) {
    it(`${language}: has exactly the keys of the other languages`, () => {
      const keys = [...flat[language].keys()].sort();
      for (const other of languages) {
        const otherKeys = [...flat[other].keys()].sort();
        expect({ language, missing: otherKeys.filter((k) => !flat[language].has(k)) }).toEqual({ language, missing: [] });
        expect(keys.length).toBe(otherKeys.length);
      }
    });

    it(`${language}: every value is a non-empty string`, () => {
      const bad = [...flat[language]].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      expect(bad).toEqual([]);
    });

    it(`${language}: uses the same {{placeholders}} as French`, () => {
      const differ = [...reference]
        .filter(([k, v]) => typeof v === 'string' && typeof flat[language].get(k) === 'string')
        .filter(([k, v]) => placeholders(v as string).join() !== placeholders(flat[language].get(k) as string).join())
        .map(([k]) => k);
      expect(differ).toEqual([]);
    });
  }
});
