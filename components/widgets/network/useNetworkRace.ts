'use client';

import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { DigitAsset } from '@/lib/nn/data/make-digits';
import { stripIndices } from '@/lib/nn/digits';
import type { FromTrainer, RaceRequest } from '@/lib/nn/protocol';
import { foldProgress, type RaceStatus, type StreamedLane } from '@/lib/nn/race-progress';
import { inputFirstDrawer } from './input-first';
import { connectOnPage, connectTrainer, type TrainerConnection } from './trainer-connection';

export type { RaceStatus, StreamedLane };

export interface RaceState {
  readonly status: RaceStatus;
  /** The request the curves belong to (null before the first Train). */
  readonly request: RaceRequest | null;
  readonly lanes: readonly StreamedLane[];
  readonly epochsDone: number;
  /** Milliseconds of training (pauses excluded). */
  readonly ms: number;
  readonly error: string | null;
  /** Where the trainer runs: in a Web Worker, or in slices on the page. */
  readonly where: 'worker' | 'page' | null;
}

const IDLE: RaceState = {
  status: 'idle',
  request: null,
  lanes: [],
  epochsDone: 0,
  ms: 0,
  error: null,
  where: null,
};

/** The digits load on the first Train only: the asset is 160 KB (gzip) the page need not fetch before. */
async function loadAsset(): Promise<DigitAsset> {
  const mod = await import('@/lib/nn/data/mnist-14px.json');
  return ((mod as { default?: unknown }).default ?? mod) as DigitAsset;
}

/**
 * The page's side of a network race: starts the trainer on first use, sends it the digits and
 * the race, and folds the streamed progress into state. Train / Pause / Resume / Reset.
 */
export function useNetworkRace() {
  const [state, setState] = useState<RaceState>(IDLE);
  const connection = useRef<TrainerConnection | null>(null);
  const asset = useRef<DigitAsset | null>(null);
  const current = useRef<number>(0);
  const pending = useRef<RaceRequest | null>(null);
  // Set once `start` exists: a worker that fails to start hands its request to the page.
  const restartOnPage = useRef<((request: RaceRequest) => Promise<void>) | null>(null);
  // Progress is folded here as it arrives and drawn when input allows (./input-first.ts): a
  // drag of a slider keeps its frames while the race streams.
  const streamed = useRef<{
    id: number;
    lanes: readonly StreamedLane[];
    epochsDone: number;
    ms: number;
    done: boolean;
  } | null>(null);
  const drawer = useRef<ReturnType<typeof inputFirstDrawer> | null>(null);

  useEffect(() => {
    const draw = inputFirstDrawer(() => {
      const latest = streamed.current;
      if (!latest) return;
      setState((s) => {
        if (!s.request || s.request.id !== latest.id) return s;
        const status: RaceStatus = latest.done
          ? 'done'
          : s.status === 'paused'
            ? 'paused'
            : 'training';
        const { lanes, epochsDone, ms } = latest;
        return { ...s, lanes, epochsDone, ms, status };
      });
    });
    drawer.current = draw;
    return () => {
      draw.dispose();
      drawer.current = null;
    };
  }, []);

  const onMessage = useCallback((message: FromTrainer) => {
    if (message.type === 'error') {
      // A worker that could not start: train on the page instead, with the same request.
      if (message.id === -1 && connection.current?.where === 'worker' && pending.current) {
        const request = pending.current;
        connection.current.close();
        connection.current = null;
        void restartOnPage.current?.(request);
        return;
      }
      if (message.id !== current.current && message.id !== -1) return;
      setState((s) => ({ ...s, status: 'error', error: message.message }));
      return;
    }
    if (message.id !== current.current) return;
    const before = streamed.current?.id === message.id ? streamed.current.lanes : [];
    streamed.current = {
      id: message.id,
      lanes: foldProgress(before, message),
      epochsDone: message.epochsDone,
      ms: message.ms,
      done: message.done,
    };
    drawer.current?.request();
  }, []);

  const start = useCallback(
    async (wanted: Omit<RaceRequest, 'strip'>, onPage = false) => {
      current.current = wanted.id;
      streamed.current = null;
      drawer.current?.cancel();
      // The heaviest render of the race (every panel empties and redraws): as a transition React
      // renders it in short slices, so the Train press never holds the main thread for long.
      startTransition(() =>
        setState({ ...IDLE, status: 'loading', request: { ...wanted, strip: [] } }),
      );
      try {
        asset.current ??= await loadAsset();
        const request: RaceRequest = { ...wanted, strip: stripIndices(asset.current.test.labels) };
        pending.current = request;
        if (!connection.current) {
          connection.current = onPage
            ? await connectOnPage(onMessage)
            : await connectTrainer(onMessage);
          connection.current.post({ type: 'data', asset: asset.current });
        }
        if (current.current !== request.id) return; // reset or restarted meanwhile
        const where = connection.current.where;
        setState((s) =>
          s.request?.id === request.id ? { ...s, status: 'training', where, request } : s,
        );
        connection.current.post({ type: 'start', race: request });
      } catch (error) {
        setState((s) => ({ ...s, status: 'error', error: (error as Error).message }));
      }
    },
    [onMessage],
  );

  useEffect(() => {
    restartOnPage.current = (request) => start(request, true);
  }, [start]);

  const pause = useCallback(() => {
    connection.current?.post({ type: 'pause' });
    setState((s) => (s.status === 'training' ? { ...s, status: 'paused' } : s));
  }, []);

  const resume = useCallback(() => {
    connection.current?.post({ type: 'resume' });
    setState((s) => (s.status === 'paused' ? { ...s, status: 'training' } : s));
  }, []);

  const reset = useCallback(() => {
    current.current = 0;
    pending.current = null;
    streamed.current = null;
    drawer.current?.cancel();
    connection.current?.post({ type: 'stop' });
    setState(IDLE);
  }, []);

  useEffect(
    () => () => {
      connection.current?.close();
      connection.current = null;
    },
    [],
  );

  return { state, start, pause, resume, reset, asset };
}
