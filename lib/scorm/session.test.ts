import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY, ProgressStore } from '../progress/store';
import type { ScormPackageConfig } from './package-config';
import { Scorm12Session } from './session';

// The LMS side is scorm-again's Scorm12API, a real SCORM 1.2 run-time, here without a server.
const config: ScormPackageConfig = {
  title: 'Test course',
  start: 'course/index.html',
  masteryScore: 50,
  exercises: [
    { id: 'n1', kind: 'numeric' },
    { id: 'c1', kind: 'choice', choices: ['a', 'b'] },
  ],
};

function lms(cmi: Record<string, unknown> = {}) {
  const api = new Scorm12API({ lmsCommitUrl: false, autocommit: false, logLevel: 5 });
  api.loadFromJSON(cmi);
  return api;
}

function launch(api: InstanceType<typeof Scorm12API>) {
  let t = 1_000_000;
  const clock = { now: () => (t += 1500), timeOfDay: () => '12:00:00' };
  const session = new Scorm12Session(api, config, clock);
  expect(session.start()).toBe(true);
  // What a course page does: its progress store keeps progress in the bridge's storage.
  const store = new ProgressStore(session.storage, { now: clock.now });
  store.load();
  session.pageShown();
  const answer = (
    id: string,
    value: Parameters<ProgressStore['recordAttempt']>[1],
    ok: boolean,
  ) => {
    store.recordAttempt(id, value, { correct: ok });
    session.recordAttempt(id, value, ok);
  };
  return { session, store, answer };
}

const cmi = (api: InstanceType<typeof Scorm12API>) =>
  JSON.parse(api.renderCMIToJSONString()).cmi as {
    suspend_data: string;
    core: Record<string, unknown> & { score: Record<string, string> };
    interactions: Record<string, Record<string, string>>;
  };

describe('a SCORM 1.2 session against scorm-again', () => {
  it('reports score, status, interactions and suspend_data, then restores from suspend_data alone', () => {
    const api = lms({ student_data: { mastery_score: '50' } });
    const { session, answer } = launch(api);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    answer('n1', { value: 3 }, false);
    expect(cmi(api).core.score).toMatchObject({ raw: '0', min: '0', max: '100' });
    expect(cmi(api).core.exit).toBe('suspend');
    answer('c1', { selected: ['b'] }, true);
    const after = cmi(api);
    expect(after.core.score.raw).toBe('50');
    expect(after.core.lesson_status).toBe('passed');
    expect(after.core.exit).toBe('');
    expect(after.interactions[0]).toMatchObject({
      id: 'n1',
      type: 'numeric',
      student_response: '3',
      result: 'wrong',
    });
    expect(after.interactions[1]).toMatchObject({
      id: 'c1',
      type: 'choice',
      student_response: '1',
      result: 'correct',
    });
    expect(after.interactions[1].latency).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    session.finish();
    session.finish(); // pagehide can fire twice: LMSFinish happens once
    expect(session.problems).toEqual([]);

    // A new launch, perhaps in another browser: only the LMS's data comes back.
    const again = lms({
      suspend_data: after.suspend_data,
      core: { entry: 'resume', lesson_status: 'passed' },
    });
    const second = launch(again);
    expect(second.session.restoredAnswers).toBe(2);
    expect(second.store.getSnapshot().exercises.c1).toMatchObject({
      answer: { selected: ['b'] },
      correct: true,
    });
    expect(second.store.getSnapshot().exercises.n1).toMatchObject({
      answer: { value: 3 },
      correct: false,
      attempts: 1,
    });
  });

  it('in review mode restores the work but writes no score, status or interaction', () => {
    const first = lms();
    const { session, answer } = launch(first);
    answer('c1', { selected: ['a'] }, false);
    session.finish();
    const saved = cmi(first);

    const review = lms({
      suspend_data: saved.suspend_data,
      core: { lesson_mode: 'review', lesson_status: 'incomplete' },
    });
    const second = launch(review);
    expect(second.session.scoring).toBe(false);
    second.answer('c1', { selected: ['b'] }, true);
    const after = cmi(review);
    expect(after.core.score.raw).toBe('');
    expect(after.core.lesson_status).toBe('incomplete');
    expect(after.interactions).toEqual({});
    expect(after.suspend_data).toBe(saved.suspend_data);
    expect(second.store.getSnapshot().exercises.c1.correct).toBe(true); // the page still works
  });

  it('an LMS that refuses to start leaves the page to run on its own', () => {
    const api = lms();
    api.LMSInitialize('');
    api.LMSFinish(''); // a finished session cannot be initialised again
    const session = new Scorm12Session(api, config, { now: () => 0, timeOfDay: () => '00:00:00' });
    expect(session.start()).toBe(false);
    expect(session.problems[0]).toMatch(/^LMSInitialize: error \d+/);
    expect(session.storage.getItem(PROGRESS_KEY)).toBeNull();
  });
});
