import { startTestBackend } from '@backstage/backend-test-utils';
import {
  scaffolderActionsExtensionPoint,
  TemplateAction,
} from '@backstage/plugin-scaffolder-node';
import { scaffolderModuleAgileOps } from './module';

describe('scaffolderModuleAgileOps', () => {
  it('registers the five actions with the scaffolder', async () => {
    const actions: TemplateAction<any, any, any>[] = [];
    await startTestBackend({
      extensionPoints: [
        [
          scaffolderActionsExtensionPoint,
          { addActions: (...added) => actions.push(...added) },
        ],
      ],
      features: [scaffolderModuleAgileOps],
    });

    expect(actions.map(a => a.id)).toEqual([
      'maturity:assessment:create',
      'oncall:override:create',
      'oncall:interrupt:create',
      'agile-ops:run:record',
      'agile-ops:automation:call',
    ]);
    for (const action of actions) {
      expect(action.supportsDryRun).toBe(true);
      expect(action.examples?.length).toBeGreaterThan(0);
      expect(action.schema?.input).toMatchObject({ type: 'object' });
    }
  });
});
