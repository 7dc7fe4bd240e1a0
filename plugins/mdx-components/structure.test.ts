import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import {checkComponentStructure} from './structure';

const parse = (source: string) => unified().use(remarkParse).use(remarkMdx).parse(source);
const messages = (source: string) => checkComponentStructure(parse(source)).map((problem) => `${problem.line}: ${problem.message}`);

const question = (id: string, body: string) => `<Question id="${id}">\n\n${body}\n\n</Question>`;
const good = 'What is safe?\n\n<Choice correct>GET</Choice>\n<Choice>POST</Choice>\n\n<Explanation>\n\nGET is safe.\n\n</Explanation>';

describe('checkComponentStructure', () => {
  it('accepts a well-formed quiz and lab', () => {
    const source = `<Quiz>\n\n${question('a', good)}\n\n${question('b', good)}\n\n</Quiz>\n\n<LabChecklist>\n\n<Step id="one">\n\nDo it.\n\n</Step>\n\n</LabChecklist>\n`;
    expect(messages(source)).toEqual([]);
  });

  it('rejects a question with no right answer, naming it', () => {
    const body = good.replace('<Choice correct>', '<Choice>');
    expect(messages(`<Quiz>\n\n${question('safe-method', body)}\n\n</Quiz>`)).toEqual([
      '3: quiz question "safe-method": no right answer (mark one with <Choice correct>)',
    ]);
  });

  it('rejects a question with fewer than two choices', () => {
    const body = 'Q?\n\n<Choice correct>Only</Choice>\n\n<Explanation>\n\nWhy.\n\n</Explanation>';
    expect(messages(`<Quiz>\n\n${question('lonely', body)}\n\n</Quiz>`)).toEqual(['3: quiz question "lonely": needs at least two <Choice> (found 1)']);
  });

  it('rejects a missing or empty explanation', () => {
    const missing = 'Q?\n\n<Choice correct>A</Choice>\n<Choice>B</Choice>';
    expect(messages(`<Quiz>\n\n${question('no-why', missing)}\n\n</Quiz>`)).toEqual([
      '3: quiz question "no-why": needs exactly one non-empty <Explanation> (found 0)',
    ]);
    const empty = `${missing}\n\n<Explanation></Explanation>`;
    expect(messages(`<Quiz>\n\n${question('empty-why', empty)}\n\n</Quiz>`)[0]).toMatch(/found an empty one/);
  });

  it('rejects duplicate and missing question ids', () => {
    const source = `<Quiz>\n\n${question('same', good)}\n\n${question('same', good)}\n\n<Question>\n\n${good}\n\n</Question>\n\n</Quiz>`;
    expect(messages(source)).toEqual(
      expect.arrayContaining([expect.stringMatching(/duplicate question id "same"/), expect.stringMatching(/question 3 has no id/)]),
    );
  });

  it('rejects parts outside their parent', () => {
    expect(messages('<Choice correct>Loose</Choice>\n\n<Step id="x">\n\nLoose step\n\n</Step>')).toEqual([
      '1: <Choice> must sit directly inside <Question>',
      '3: <Step> must sit directly inside <LabChecklist>',
    ]);
  });

  it('rejects duplicate step ids and an empty lab', () => {
    const step = '<Step id="run">\n\nRun.\n\n</Step>';
    expect(messages(`<LabChecklist>\n\n${step}\n\n${step}\n\n</LabChecklist>`)).toEqual(['9: lab: duplicate step id "run"']);
    expect(messages('<LabChecklist>\n\nNothing here.\n\n</LabChecklist>')).toEqual(['1: lab: has no <Step>']);
  });

  it('asks for ids when a page has two quizzes', () => {
    const quiz = `<Quiz>\n\n${question('a', good)}\n\n</Quiz>`;
    expect(messages(`${quiz}\n\n${quiz}`).some((message) => /2 <Quiz>, so each: Quiz 1 has no id/.test(message))).toBe(true);
  });
});
