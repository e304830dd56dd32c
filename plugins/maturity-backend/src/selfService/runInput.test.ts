import { parseRecordRunRequest } from './runInput';

const valid = {
  entityRef: 'Component:default/Payments',
  templateRef: 'template:default/add-runbook',
  taskId: 'a1b2c3',
};

describe('parseRecordRunRequest', () => {
  it('returns canonical refs and the task id as given', () => {
    expect(parseRecordRunRequest(valid)).toEqual({
      entityRef: 'component:default/payments',
      templateRef: 'template:default/add-runbook',
      taskId: 'a1b2c3',
    });
  });

  it.each([
    ['no object', null, /^the request body must be a JSON object$/],
    ['a list', [valid], /^the request body must be a JSON object$/],
    ['no entityRef', { ...valid, entityRef: undefined }, /^entityRef must be/],
    ['an empty entityRef', { ...valid, entityRef: ' ' }, /^entityRef must be/],
    [
      'a short entityRef',
      { ...valid, entityRef: 'payments' },
      /^entityRef must be an entity ref/,
    ],
    [
      'a number as templateRef',
      { ...valid, templateRef: 7 },
      /^templateRef must be/,
    ],
    [
      'a templateRef of another kind',
      { ...valid, templateRef: 'component:default/x' },
      /^templateRef must be the ref of a template/,
    ],
    ['no taskId', { ...valid, taskId: undefined }, /^taskId must be/],
    [
      'a too long taskId',
      { ...valid, taskId: 't'.repeat(201) },
      /^taskId must be at most 200/,
    ],
  ])('refuses %s, naming the field', (_label, body, message) => {
    expect(() => parseRecordRunRequest(body)).toThrow(message);
  });

  it('accepts a task id of 200 characters', () => {
    const taskId = 't'.repeat(200);
    expect(parseRecordRunRequest({ ...valid, taskId }).taskId).toBe(taskId);
  });
});
