import { describe, expect, it } from 'vitest';
import { cmiDecimal, clip255, interactionOf, interactionWrites } from './interaction';
import type { ScormExercise } from './package-config';

// SCORM 1.2 run-time data model (RTE 3.4): the vocabularies and formats an LMS checks.
const CMI_IDENTIFIER = /^[\x21-\x7e]{1,255}$/;
const CMI_TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
const CMI_TIME = /^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/;
const CMI_DECIMAL = /^-?\d{0,10}(\.\d+)?$/;
const CHOICE_RESPONSE = /^[0-9a-z](,[0-9a-z])*$/;
const TYPES = [
  'true-false',
  'choice',
  'fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
];

const choice: ScormExercise = {
  id: 'pick-beta',
  kind: 'choice',
  choices: ['small', 'mid', 'large'],
};
const numeric: ScormExercise = { id: 'ema-weight', kind: 'numeric' };
const formula: ScormExercise = { id: 'write-rule', kind: 'formula' };
const parameter: ScormExercise = { id: 'tune-it', kind: 'parameter', set: ['lr', 'beta'] };

function expectValid(i: ReturnType<typeof interactionOf>) {
  expect(i.id).toMatch(CMI_IDENTIFIER);
  expect(TYPES).toContain(i.type);
  expect(['correct', 'wrong']).toContain(i.result);
  expect(i.latency).toMatch(CMI_TIMESPAN);
  expect(i.time).toMatch(CMI_TIME);
  expect(i.student_response.length).toBeLessThanOrEqual(255);
}

describe('answers as SCORM 1.2 interactions', () => {
  it('a choice lists the picked options by position, one character each', () => {
    const i = interactionOf(choice, { selected: ['large', 'small'] }, false, 12_340, '10:00:00');
    expectValid(i);
    expect(i).toMatchObject({
      type: 'choice',
      student_response: '2,0',
      result: 'wrong',
      latency: '0000:00:12.34',
    });
    expect(i.student_response).toMatch(CHOICE_RESPONSE);
  });

  it('a numeric answer is a CMIDecimal, or a fill-in when no decimal reads back as the number', () => {
    const i = interactionOf(numeric, { value: 0.1 }, true, 0, '10:00:00');
    expectValid(i);
    expect(i).toMatchObject({ type: 'numeric', student_response: '0.1', result: 'correct' });
    expect(i.student_response).toMatch(CMI_DECIMAL);
    expect(interactionOf(numeric, { value: 1e-7 }, true, 0, '10:00:00')).toMatchObject({
      type: 'numeric',
      student_response: '0.0000001',
    });
    const tiny = interactionOf(numeric, { value: -2.2250738585072014e-308 }, false, 0, '10:00:00');
    expectValid(tiny);
    expect(tiny).toMatchObject({ type: 'fill-in', student_response: '-2.2250738585072014e-308' });
    expect(interactionOf(numeric, { value: 3e12 }, false, 0, '10:00:00').type).toBe('fill-in');
  });

  it('a challenge is a performance of its parameter settings, in the order of its set', () => {
    const i = interactionOf(parameter, { values: { beta: 0.9, lr: 0.01 } }, true, 0, '10:00:00');
    expectValid(i);
    expect(i).toMatchObject({ type: 'performance', student_response: 'lr=0.01,beta=0.9' });
  });

  it('a formula is a fill-in clipped to 255 characters without splitting a character', () => {
    const i = interactionOf(formula, { source: `x${'β'.repeat(300)}` }, false, 0, '10:00:00');
    expectValid(i);
    expect(i.type).toBe('fill-in');
    expect(i.student_response).toHaveLength(255);
    expect(clip255('😀'.repeat(200))).toHaveLength(254);
  });

  it('cmiDecimal refuses what it cannot write exactly', () => {
    expect(cmiDecimal(-12.5)).toBe('-12.5');
    expect(cmiDecimal(12345678901)).toBeNull();
    expect(cmiDecimal(Number.NaN)).toBeNull();
  });

  it('writes every field under cmi.interactions.n', () => {
    const writes = interactionWrites(
      3,
      interactionOf(numeric, { value: 2 }, true, 1000, '11:22:33'),
    );
    expect(writes.map(([k]) => k)).toEqual([
      'cmi.interactions.3.id',
      'cmi.interactions.3.time',
      'cmi.interactions.3.type',
      'cmi.interactions.3.student_response',
      'cmi.interactions.3.result',
      'cmi.interactions.3.latency',
    ]);
  });
});
