import { sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client';
import { queryRows } from '../../db/rows';

/** Raw SQL with $n parameters, the same through a Drizzle database or a raw transaction (imports use the latter). */
export type SqlRunner = Pick<Executor, 'query'>;

/** Runs "$1"-style SQL through Drizzle; each parameter travels as one value (an array stays an array). */
export function runnerOf(db: Db): SqlRunner {
  return {
    query: <T>(text: string, params: unknown[] = []) => {
      const chunks: SQL[] = text.split(/\$(\d+)/).map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${sql.param(params[Number(part) - 1])}`));
      return queryRows<T>(db, sql.join(chunks));
    },
  };
}
