/** GET /histories/{patientSsin}?pageSize=: newest first, at most 1,500 entries; 404 = no history. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { HISTORY_MAX_ENTRIES } from '../domain/serviceContract';
import { apiRequest } from './http';
import { historyKeys } from './queryKeys';
import { historyEntrySchema, type HistoryEntryWire } from './wire';

const listSchema = z.array(historyEntrySchema);

export async function fetchHistory(patientSsin: string, pageSize: number, signal?: AbortSignal): Promise<HistoryEntryWire[]> {
  const { data } = await apiRequest({
    method: 'GET',
    path: '/histories',
    patientSsin,
    patientIn: 'path',
    query: { pageSize },
    schema: listSchema,
    signal,
    answers: [404],
  });
  return data ?? [];
}

export const historyQuery = (patientSsin: string, pageSize = HISTORY_MAX_ENTRIES) =>
  queryOptions({
    queryKey: historyKeys.list(patientSsin, pageSize),
    queryFn: ({ signal }) => fetchHistory(patientSsin, pageSize, signal),
  });

export function useHistory(patientSsin: string) {
  return useQuery(historyQuery(patientSsin));
}
