import { problemSchema, type Problem } from './problem-schema';
import { checkProblemReferences } from './check-problem-references';

/** Raised for input that cannot be scheduled as given; every issue names the offending item. */
export class ScheduleInputError extends Error {
  readonly issues: string[];

  constructor(issues: string[]) {
    const shown = issues.slice(0, 20).map((issue) => `- ${issue}`);
    if (issues.length > 20) shown.push(`- … and ${issues.length - 20} more`);
    super(`Invalid scheduling problem:\n${shown.join('\n')}`);
    this.name = 'ScheduleInputError';
    this.issues = issues;
  }
}

/**
 * Parses untrusted JSON into a Problem: shape (zod), then references and contradictions between items.
 * Throws ScheduleInputError listing every issue found.
 */
export function parseProblem(json: unknown): Problem {
  const result = problemSchema.safeParse(json);
  if (!result.success) {
    throw new ScheduleInputError(
      result.error.issues.map((issue) => `${describePath(json, issue.path)}: ${issue.message}`),
    );
  }
  const issues = checkProblemReferences(result.data);
  if (issues.length > 0) throw new ScheduleInputError(issues);
  return result.data;
}

// Names the item by its id when the path goes through an array element that has one.
function describePath(json: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = json;
  let label = '';
  for (const key of path) {
    const next = isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const itemId = isRecord(next) && typeof next.id === 'string' ? ` (id "${next.id}")` : '';
      label += `[${key}]${itemId}`;
    } else {
      label += label === '' ? String(key) : `.${String(key)}`;
    }
    node = next;
  }
  return label === '' ? 'problem' : label;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
