import type { ExerciseAnswer } from '../exercises/types';
import { parseProgress } from '../progress/parse';
import { emptyProgress, type Progress } from '../progress/schema';
import type { KeyValueStorage } from '../progress/storage';
import { PROGRESS_KEY } from '../progress/store';
import type { ScormBridge } from './bridge';
import type { Scorm12Api } from './discovery';
import { interactionOf, interactionWrites } from './interaction';
import { masteryScoreOf, outcomeOf, recordsScores } from './outcome';
import { progressKeyOf, type ScormPackageConfig } from './package-config';
import { decodeSuspendData, encodeSuspendData } from './suspend-data';
import { cmiTimespan } from './timespan';

/** The clock a session reads: ms since the epoch, and the time of day as CMITime. */
export interface SessionClock {
  now(): number;
  timeOfDay(): string;
}

const truthy = (result: string | boolean) => result === true || result === 'true';

/**
 * One launch of the package in an LMS (SCORM 1.2 run-time): LMSInitialize once, progress
 * restored from cmi.suspend_data alone, and after each checked answer the score, status, exit,
 * one interaction, suspend_data and session time, then LMSCommit; `finish` commits and calls
 * LMSFinish, once. In review or browse mode nothing the LMS scores is written. Problems the LMS
 * reports are collected in `problems`, never thrown: the learner's page goes on either way.
 */
export class Scorm12Session implements ScormBridge {
  readonly problems: string[] = [];
  /** Whether this launch may change the score (not a review or browse launch). */
  scoring = false;
  restoredAnswers = 0;
  private readonly memory = new Map<string, string>();
  private readonly ids: string[];
  private started = false;
  private finished = false;
  private startedAt = 0;
  private mastery: number | null = null;
  private nextInteraction = 0;
  private readonly shownSince = new Map<string, number>();

  constructor(
    private readonly api: Scorm12Api,
    private readonly config: ScormPackageConfig,
    private readonly clock: SessionClock,
  ) {
    // The keys the pages store answers under (an assignment's changed settings are part of it).
    this.ids = config.exercises.map(progressKeyOf);
  }

  /** LMSInitialize and restore; false when the LMS refused to start a session. */
  start(): boolean {
    if (this.started) return true;
    if (!truthy(this.api.LMSInitialize(''))) {
      this.problem('LMSInitialize');
      return false;
    }
    this.started = true;
    this.startedAt = this.clock.now();
    this.scoring = recordsScores(this.get('cmi.core.lesson_mode'));
    this.mastery = masteryScoreOf(
      this.get('cmi.student_data.mastery_score'),
      this.config.masteryScore,
    );
    const count = Number(this.get('cmi.interactions._count'));
    this.nextInteraction = Number.isInteger(count) && count > 0 ? count : 0;

    const restored = decodeSuspendData(
      this.get('cmi.suspend_data'),
      this.config.exercises,
      this.startedAt,
    );
    if (!restored.ok) this.problems.push(`suspend_data could not be read: ${restored.reason}`);
    else {
      if (restored.setAside)
        this.problems.push(
          `suspend_data entries set aside: ${restored.setAside.map((e) => e.id).join(', ')}`,
        );
      this.restoredAnswers = Object.keys(restored.progress.exercises).length;
      this.memory.set(PROGRESS_KEY, JSON.stringify(restored.progress));
    }
    if (this.scoring) {
      const status = this.get('cmi.core.lesson_status');
      if (status === '' || status === 'not attempted')
        this.set('cmi.core.lesson_status', 'incomplete');
      this.set('cmi.core.exit', 'suspend');
      this.commit();
    }
    return true;
  }

  /** The course pages' progress storage: held here, written to suspend_data as it changes. */
  readonly storage: KeyValueStorage = {
    getItem: (key) => this.memory.get(key) ?? null,
    setItem: (key, value) => {
      this.memory.set(key, value);
      if (key === PROGRESS_KEY && this.scoring && this.live())
        this.set('cmi.suspend_data', encodeSuspendData(this.progress(), this.config.exercises));
    },
    removeItem: (key) => void this.memory.delete(key),
  };

  /** Marks when a page showing the exercises was opened (the start of an answer's latency). */
  pageShown(): void {
    const now = this.clock.now();
    for (const id of this.ids) this.shownSince.set(id, now);
  }

  recordAttempt(id: string, answer: ExerciseAnswer, correct: boolean): void {
    if (!this.scoring || !this.live()) return;
    const exercise = this.config.exercises.find((e) => progressKeyOf(e) === id);
    if (!exercise) return; // not in this package's scope (another lesson of an assignment's course)
    const now = this.clock.now();
    const latency = now - (this.shownSince.get(id) ?? this.startedAt);
    this.shownSince.set(id, now);
    const interaction = interactionOf(exercise, answer, correct, latency, this.clock.timeOfDay());
    for (const [element, value] of interactionWrites(this.nextInteraction, interaction))
      this.set(element, value);
    this.nextInteraction++;
    this.writeOutcome();
    this.commit();
  }

  /** Commits what is pending (the page is being hidden; it may never come back). */
  commit(): void {
    if (!this.live()) return;
    if (this.scoring)
      this.set('cmi.core.session_time', cmiTimespan(this.clock.now() - this.startedAt));
    if (!truthy(this.api.LMSCommit(''))) this.problem('LMSCommit');
  }

  /** Final commit and LMSFinish, once. */
  finish(): void {
    if (!this.live()) return;
    if (this.scoring) this.writeOutcome();
    this.commit();
    this.finished = true;
    if (!truthy(this.api.LMSFinish(''))) this.problem('LMSFinish');
  }

  private writeOutcome(): void {
    const progress = this.progress();
    const outcome = outcomeOf(progress, this.ids, this.mastery);
    this.set('cmi.core.score.min', '0');
    this.set('cmi.core.score.max', '100');
    this.set('cmi.core.score.raw', String(outcome.raw));
    this.set('cmi.core.lesson_status', outcome.status);
    this.set('cmi.core.exit', outcome.exit);
    this.set('cmi.suspend_data', encodeSuspendData(progress, this.config.exercises));
  }

  private progress(): Progress {
    const parsed = parseProgress(this.memory.get(PROGRESS_KEY) ?? null);
    return parsed.ok ? parsed.progress : emptyProgress();
  }

  private live(): boolean {
    return this.started && !this.finished;
  }

  private get(element: string): string {
    try {
      return String(this.api.LMSGetValue(element) ?? '');
    } catch {
      return '';
    }
  }

  private set(element: string, value: string): void {
    if (!truthy(this.api.LMSSetValue(element, value))) this.problem(`LMSSetValue ${element}`);
  }

  private problem(call: string): void {
    const code = String(this.api.LMSGetLastError());
    this.problems.push(`${call}: error ${code} ${this.api.LMSGetErrorString(code)}`.trim());
  }
}
