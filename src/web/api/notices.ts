/**
 * The signed-in user's notices (the header's bell): what each says in both languages, where it leads,
 * read or not; marking one or all read. Refreshed often, since other people's work creates them.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NoticeKind, NoticeParams } from '../../domain/notice/notice-text';
import { api } from './client';

export interface Notice {
  id: string;
  kind: NoticeKind;
  params: NoticeParams;
  /** A route of this web app. */
  link: string;
  createdAt: string;
  updatedAt: string;
  read: boolean;
  message: { vi: string; en: string };
}

const KEY = ['notifications'];

export const useNotifications = (enabled: boolean) =>
  useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => api<{ unread: number; items: Notice[] }>('/notifications', { signal }),
    enabled,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onSettled: () => void qc.invalidateQueries({ queryKey: KEY }),
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ marked: number }>('/notifications/read-all', { method: 'POST' }),
    onSettled: () => void qc.invalidateQueries({ queryKey: KEY }),
  });
}
