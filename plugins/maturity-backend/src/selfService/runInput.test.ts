import { canonicalRunRequest } from './runInput';

const valid = {
  entityRef: 'Component:default/Payments',
  templateRef: 'template:default/add-runbook',
  taskId: 'a1b2c3',
};

describe('canonicalRunRequest', () => {
  it('returns canonical refs and the task id as given', () => {
    expect(canonicalRunRequest(valid)).toEqual({
      entityRef: 'component:default/payments',
      templateRef: 'template:default/add-runbook',
      taskId: 'a1b2c3',
    });
  });

  // Types and lengths are the OpenAPI validator's (see src/schema/openapi.test.ts); what is
  // left is what the document cannot say.
  it.each([
    ['a blank entityRef', { ...valid, entityRef: ' ' }, /^entityRef must be/],
    [
      'a short entityRef',
      { ...valid, entityRef: 'payments' },
      /^entityRef must be an entity ref/,
    ],
    [
      'a malformed templateRef',
      { ...valid, templateRef: 'template:default/bad name' },
      /^templateRef must be an entity ref/,
    ],
    [
      'a templateRef of another kind',
      { ...valid, templateRef: 'component:default/x' },
      /^templateRef must be the ref of a template/,
    ],
  ])('refuses %s, naming the field', (_label, body, message) => {
    expect(() => canonicalRunRequest(body)).toThrow(message);
  });
});
