import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiDownload, apiRequest } from '@/lib/api-client';
import { saveFile } from '@/utils/save-file';
import type {
  ReportRun,
  ReportSchedule,
  ReportSettings,
  ScheduleRequest,
} from '@/features/reports/types/reports';

/** Every query of the schedule pages starts with `['report-schedules']`. */
export const scheduleKeys = {
  all: ['report-schedules'] as const,
  list: ['report-schedules', 'list'] as const,
  detail: (id: string) => ['report-schedules', 'detail', id] as const,
  runs: (id: string) => ['report-schedules', 'detail', id, 'runs'] as const,
  settings: ['report-settings'] as const,
};

const schedulePath = (id: string) => `/api/report-schedules/${encodeURIComponent(id)}`;

/** How often a run still going is looked at again. */
const RUNNING_POLL_MS = 3000;

export function useSchedules() {
  return useQuery({
    queryKey: scheduleKeys.list,
    queryFn: ({ signal }) => apiRequest<ReportSchedule[]>('/api/report-schedules', { signal }),
  });
}

export function useSchedule(id: string, { fresh = false }: { fresh?: boolean } = {}) {
  return useQuery({
    queryKey: scheduleKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<ReportSchedule>(schedulePath(id), { signal, silent: true }),
    enabled: !!id,
    // The edit form edits what the server has now, not a cached copy.
    ...(fresh ? { refetchOnMount: 'always' as const, staleTime: 0 } : {}),
  });
}

/** The schedule's runs, newest first; looked at again every few seconds while one is running. */
export function useRuns(id: string) {
  return useQuery({
    queryKey: scheduleKeys.runs(id),
    queryFn: ({ signal }) => apiRequest<ReportRun[]>(`${schedulePath(id)}/runs`, { signal }),
    enabled: !!id,
    refetchInterval: (query) =>
      query.state.data?.some((run) => run.status === 'RUNNING') ? RUNNING_POLL_MS : false,
  });
}

/** Creates a schedule, or changes one (`id`, with `request.version`). Silent: the form shows the problem. */
export function useSaveSchedule(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ScheduleRequest) =>
      id
        ? apiRequest<ReportSchedule>(schedulePath(id), { method: 'PUT', body: request, silent: true })
        : apiRequest<ReportSchedule>('/api/report-schedules', { method: 'POST', body: request, silent: true }),
    onSuccess: async (schedule) => {
      queryClient.setQueryData(scheduleKeys.detail(schedule.id), schedule);
      await queryClient.invalidateQueries({ queryKey: scheduleKeys.list });
    },
  });
}

export function useDeleteSchedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(schedulePath(id), { method: 'DELETE' }),
    onSuccess: (_nothing, id) => {
      queryClient.removeQueries({ queryKey: scheduleKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: scheduleKeys.list });
    },
  });
}

/** Runs the schedule now (202 with the run); the history shows it at once and follows it until it ends. */
export function useRunNow(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<ReportRun>(`${schedulePath(id)}/run`, { method: 'POST' }),
    onSuccess: (run) => {
      queryClient.setQueryData<ReportRun[]>(scheduleKeys.runs(id), (runs) => [
        run,
        ...(runs ?? []).filter((other) => other.id !== run.id),
      ]);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: scheduleKeys.runs(id) }),
        queryClient.invalidateQueries({ queryKey: scheduleKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: scheduleKeys.list }),
      ]);
    },
  });
}

/** Downloads a run's archived file (410 `reports.run-expired` once the retention period is over). */
export function useDownloadRunFile() {
  return useMutation({
    mutationFn: async ({ runId, format, fileName }: { runId: string; format: string; fileName: string }) => {
      const lower = format.toLowerCase();
      const file = await apiDownload(`/api/report-runs/${encodeURIComponent(runId)}/file`, {
        query: { format: lower },
        accept: lower === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
      saveFile(file.blob, file.fileName ?? fileName);
      return file;
    },
  });
}

/** The administrator's settings for reports (whether board members see donor names). */
export function useReportSettings({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: scheduleKeys.settings,
    queryFn: ({ signal }) => apiRequest<ReportSettings>('/api/report-settings', { signal }),
    enabled,
  });
}

export function useSaveReportSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: ReportSettings) =>
      apiRequest<ReportSettings>('/api/report-settings', { method: 'PUT', body: settings }),
    onSuccess: (settings) => {
      queryClient.setQueryData(scheduleKeys.settings, settings);
      // What board members see changes with it.
      return queryClient.invalidateQueries({ queryKey: ['reports'] });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: scheduleKeys.settings }),
  });
}
