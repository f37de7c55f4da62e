/** GET /histories/{patientSsin}?pageSize=: newest first, at most 1,500 entries; 404 = no history. */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { HISTORY_MAX_ENTRIES } from '../domain/serviceContract';
import { ApiError, apiRequest } from './http';
import { historyKeys } from './queryKeys';
import { hcPartySchema } from './wire';

/** One entry of the history (cookbook §5.6). */
export const historyEntrySchema = z.object({
  author: z.array(hcPartySchema),
  target: hcPartySchema,
  timestamp: z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not a date')),
  operation: z.enum(['DECLARE_EXCLUSION', 'REVOKE_EXCLUSION']),
});

export type HistoryEntryWire = z.infer<typeof historyEntrySchema>;

// A list here; each entry is checked against historyEntrySchema in slices (parseInSlices).
const listSchema = z.array(z.unknown());

/**
 * Checks a long list (1,500 history entries) a slice at a time, letting the page run between
 * slices, and before the first: checked in one go, or its first slice in the task that read the
 * JSON (750 kB, with the garbage collection that follows), it holds a phone's main thread for a
 * long task (62 ms at CPU ×6). Any entry that does not fit makes the whole answer invalid, as one
 * schema would.
 */
async function parseInSlices<T>(items: unknown[], schema: z.ZodMiniType<T>, status: number, slice = 250): Promise<T[]> {
  const parsed: T[] = [];
  for (let start = 0; start < items.length; start += slice) {
    if (items.length > slice) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const item of items.slice(start, start + slice)) {
      const result = schema.safeParse(item);
      if (!result.success) throw new ApiError('invalid-response', status);
      parsed.push(result.data);
    }
  }
  return parsed;
}

export async function fetchHistory(patientSsin: string, pageSize: number, signal?: AbortSignal): Promise<HistoryEntryWire[]> {
  const { status, data } = await apiRequest({
    method: 'GET',
    path: '/histories',
    patientSsin,
    patientIn: 'path',
    query: { pageSize },
    schema: listSchema,
    signal,
    answers: [404],
  });
  return data ? parseInSlices(data, historyEntrySchema, status) : [];
}

export const historyQuery = (patientSsin: string, pageSize = HISTORY_MAX_ENTRIES) =>
  queryOptions({
    queryKey: historyKeys.list(patientSsin, pageSize),
    queryFn: ({ signal }) => fetchHistory(patientSsin, pageSize, signal),
  });

export interface HistoryAnswer {
  entries: HistoryEntryWire[];
  /** False while only the newest page is known and the rest is on its way. */
  complete: boolean;
}

/**
 * The newest page first (a small answer, so page 1 of a long history paints as fast as a short
 * one's), then, when there is more and the page says `restWanted` (once page 1 is on screen), the
 * whole history (up to 1,500) for the other pages, the filters and the CSV. A history already
 * read in full is shown from it at once.
 */
export function useHistory(patientSsin: string, firstPageSize: number, restWanted: boolean) {
  const queryClient = useQueryClient();
  const full = historyQuery(patientSsin);
  const knownInFull = queryClient.getQueryData(full.queryKey) !== undefined;
  const first = useQuery({ ...historyQuery(patientSsin, firstPageSize), enabled: !knownInFull });
  const more = knownInFull || (first.data !== undefined && first.data.length >= firstPageSize);
  const rest = useQuery({ ...full, enabled: knownInFull || (more && restWanted) });
  const answer: HistoryAnswer | undefined = rest.data ? { entries: rest.data, complete: true } : first.data && { entries: first.data, complete: !more };
  return {
    answer,
    error: first.error ?? rest.error,
    isPending: !answer && !first.error && !rest.error,
    isFetching: first.isFetching || rest.isFetching,
    refetch: () => void (first.error ? first.refetch() : rest.refetch()),
  };
}
