import { useEffect } from 'react';
import { useApi } from '../../ui/use-api';
import { conventionApi } from './convention-paths';
import type { Board } from './convention-types';

/** The schedule board, polled while the engine runs in the background so the page follows the job. */
export function useBoard(eventId: string) {
  const board = useApi<Board>(conventionApi(eventId, '/schedule'));
  const generating = board.data?.status === 'generating';
  const { reload } = board;
  useEffect(() => {
    if (!generating) return;
    const timer = setInterval(reload, 1500);
    return () => clearInterval(timer);
  }, [generating, reload]);
  return board;
}
