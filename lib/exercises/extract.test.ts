import { describe, expect, it } from 'vitest';
import { extractCourseExercises, extractExercises, formatExtractError } from './extract';
import { BROKEN_FIXTURES_DIR, fixtureLessons } from './fixtures/paths';

const extract = (body: string) =>
  extractExercises(`---\ntitle: T\n---\n\n${body}\n`, { file: 'x.mdx', lesson: 'x' });
/** The errors of a failing extraction as `line: message` strings. */
const errorsOf = (body: string) => {
  const result = extract(body);
  return result.ok ? [] : result.errors.map((e) => `${e.line}: ${e.message}`);
};

describe('extractExercises', () => {
  it('extractExercises(source) reads a NumericAnswer with its prompt, hints and solution', () => {
    const [sample] = fixtureLessons();
    const result = extractExercises(sample.source, { file: sample.file, lesson: sample.lesson });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.exercises[0]).toEqual({
      kind: 'numeric',
      id: 'l1-gd-factor',
      lesson: 'sample',
      answer: 0.8,
      tolerance: 0.005,
      label: 'factor',
      prompt:
        'With $\\alpha = 0.02$ and $\\lambda = 10$, by what factor does the steep coordinate shrink each step?',
      hintCount: 2,
      hasSolution: true,
      predict: false,
    });
  });

  it('extractExercises(source) reads a ChoiceAnswer’s choices, feedback and predict flag', () => {
    const result = extract(
      '<ChoiceAnswer id="q" correct={["b"]} predict>\nWhich?\n<Choice id="a" why="Nope.">A</Choice>\n<Choice id="b">*B*</Choice>\n</ChoiceAnswer>',
    );
    expect(result).toMatchObject({
      ok: true,
      exercises: [
        {
          kind: 'choice',
          prompt: 'Which?',
          predict: true,
          multiple: false,
          choices: [
            { id: 'a', text: 'A', why: 'Nope.' },
            { id: 'b', text: 'B' },
          ],
          correct: ['b'],
        },
      ],
    });
  });

  it('extractExercises(source) reads a ParameterChallenge’s JSON-like attributes', () => {
    const result = extract(
      '<ParameterChallenge id="t" objective="(x^2 + 100 y^2)/2" optimizer="heavy-ball" set={["lr","beta"]} initial={{"lr": 0.005, "beta": 0}} ranges={{"lr": [0.0005, 0.03], "beta": [0, 0.99]}} start={[-2.5, 1]} goal={{"loss": 1e-6, "steps": 60}} seed={7} noise={0.1}>\nTune.\n</ParameterChallenge>',
    );
    expect(result).toMatchObject({
      ok: true,
      exercises: [
        {
          kind: 'parameter',
          start: [-2.5, 1],
          goal: { loss: 1e-6, steps: 60 },
          ranges: { lr: [0.0005, 0.03] },
          seed: 7,
          noise: 0.1,
        },
      ],
    });
  });

  it('extractExercises(source) reads a FormulaAnswer’s kind attribute as `form`', () => {
    expect(
      extract(
        '<FormulaAnswer id="f" kind="objective" expected="x^2 + y^2">Type it.</FormulaAnswer>',
      ),
    ).toMatchObject({
      ok: true,
      exercises: [{ kind: 'formula', form: 'objective', expected: 'x^2 + y^2', params: {} }],
    });
  });

  it('extractExercises(source) finds exercises nested in other markup, in document order', () => {
    const result = extract(
      '> <NumericAnswer id="b" answer={1}>In a quote.</NumericAnswer>\n\n<Figure>\n<NumericAnswer id="a" answer={2}>In a figure.</NumericAnswer>\n</Figure>',
    );
    expect(result.ok && result.exercises.map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('extractExercises(source) reports every authoring mistake of the broken fixture with its line', () => {
    const [broken] = fixtureLessons(BROKEN_FIXTURES_DIR);
    const result = extractExercises(broken.source, { file: 'broken.mdx', lesson: 'broken' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatExtractError)).toEqual([
      'broken.mdx:10:1: <NumericAnswer>: id is required',
      'broken.mdx:12:1: <NumericAnswer id="Bad_Id">: id: must be lowercase letters, digits and dashes, starting with a letter or digit',
      'broken.mdx:14:1: <NumericAnswer id="no-answer">: answer: needs answer={…} or range={[min, max]}',
      'broken.mdx:16:37: <NumericAnswer id="typo">: unknown attribute "tolerence" — did you mean "tolerance"? (allowed: id, answer, tolerance, range, label, title, predict, figure)',
      'broken.mdx:18:26: <NumericAnswer id="code">: attribute "answer": only literal values are allowed (found a MemberExpression)',
      'broken.mdx:20:1: <ChoiceAnswer id="ghost">: correct: names "c", which is not a Choice (choices: a, b)',
      expect.stringMatching(
        /^broken\.mdx:25:1: <ParameterChallenge id="bad-objective">: objective "x\^\^2" does not parse: .*position 3/,
      ),
      expect.stringMatching(
        /^broken\.mdx:29:1: <FormulaAnswer id="bad-formula">: expected "\(x\^2 \+" does not parse: /,
      ),
      'broken.mdx:35:1: exercise id "dup" is already used on line 33',
    ]);
  });

  it.each([
    [
      'a string where a number belongs',
      '<NumericAnswer id="n" answer="0.8">?</NumericAnswer>',
      /answer: .*number/,
    ],
    [
      'both answer and range',
      '<NumericAnswer id="n" answer={1} range={[0, 2]}>?</NumericAnswer>',
      /either answer or range/,
    ],
    ['a reversed range', '<NumericAnswer id="n" range={[2, 0]}>?</NumericAnswer>', /min ≤ max/],
    [
      'an answer of 0 without tolerance',
      '<NumericAnswer id="n" answer={0}>?</NumericAnswer>',
      /explicit tolerance/,
    ],
    [
      'several correct choices without `multiple`',
      '<ChoiceAnswer id="c" correct={["a","b"]}>\n<Choice id="a">A</Choice>\n<Choice id="b">B</Choice>\n</ChoiceAnswer>',
      /multiple/,
    ],
    [
      'a Choice without id',
      '<ChoiceAnswer id="c" correct={["a"]}>\n<Choice id="a">A</Choice>\n<Choice>B</Choice>\n</ChoiceAnswer>',
      /needs an id/,
    ],
    [
      'a Choice outside a ChoiceAnswer',
      '<NumericAnswer id="n" answer={1}>\n<Choice id="a">A</Choice>\n</NumericAnswer>',
      /belongs inside/,
    ],
    [
      'an unknown optimizer',
      '<ParameterChallenge id="p" objective="x^2+y^2" optimizer="warp" set={["lr"]} ranges={{"lr": [0, 1]}} start={[1, 1]} goal={{"loss": 1, "steps": 1}}>?</ParameterChallenge>',
      /optimizer "warp" is unknown/,
    ],
    [
      'a settable parameter without range',
      '<ParameterChallenge id="p" objective="x^2+y^2" optimizer="gd" set={["lr"]} ranges={{}} start={[1, 1]} goal={{"loss": 1, "steps": 1}}>?</ParameterChallenge>',
      /ranges needs \[min, max\] for "lr"/,
    ],
    [
      'a fixed lr that is not given',
      '<ParameterChallenge id="p" objective="x^2+y^2" optimizer="gd" set={["x0"]} ranges={{"x0": [0, 1]}} start={[1, 1]} goal={{"loss": 1, "steps": 1}}>?</ParameterChallenge>',
      /lr is neither in set nor given/,
    ],
    [
      'an unknown formula kind',
      '<FormulaAnswer id="f" kind="poem" expected="x">?</FormulaAnswer>',
      /kind: /,
    ],
    [
      'a rule that does not parse',
      '<FormulaAnswer id="f" kind="rule" expected="w = w -">?</FormulaAnswer>',
      /expected "w = w -" does not parse/,
    ],
    [
      'a spread attribute',
      '<NumericAnswer id="n" answer={1} {...rest}>?</NumericAnswer>',
      /spread/,
    ],
    [
      'an attribute given twice',
      '<NumericAnswer id="n" answer={1} answer={2}>?</NumericAnswer>',
      /given twice/,
    ],
  ])('extractExercises(source) reports %s', (_what, body, message) => {
    const errors = errorsOf(body);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(message);
  });

  it('extractExercises(source) reports an MDX syntax error at its line instead of throwing', () => {
    expect(errorsOf('Fine.\n\n<NumericAnswer id="n" answer={1}>\nNever closed.')).toEqual([
      expect.stringMatching(/^7: /),
    ]);
  });

  it('extractExercises(source) returns no exercises for a lesson without any', () => {
    expect(extract('# Just prose with $\\frac{1}{2}$.')).toEqual({ ok: true, exercises: [] });
  });
});

describe('extractCourseExercises', () => {
  it('extractCourseExercises(files) collects every lesson’s exercises in course order', () => {
    const result = extractCourseExercises(fixtureLessons());
    expect(result.ok && result.exercises.map((e) => `${e.lesson}/${e.id}`)).toEqual([
      'sample/l1-gd-factor',
      'sample/l1-window',
      'sample/l1-predict-zigzag',
      'momentum/l2-tune',
      'momentum/l2-effects',
      'momentum/l2-ema-rule',
      'momentum/l2-quadratic',
    ]);
  });

  it('extractCourseExercises(files) reports an id used in two lessons at the second one', () => {
    const files = [
      {
        file: 'a.mdx',
        lesson: 'a',
        source: '<NumericAnswer id="same" answer={1}>?</NumericAnswer>\n',
      },
      {
        file: 'b.mdx',
        lesson: 'b',
        source: '\n\n<NumericAnswer id="same" answer={2}>?</NumericAnswer>\n',
      },
    ];
    expect(extractCourseExercises(files)).toEqual({
      ok: false,
      errors: [
        {
          file: 'b.mdx',
          line: 3,
          column: 1,
          message: 'exercise id "same" is already used in a.mdx',
        },
      ],
    });
  });
});
