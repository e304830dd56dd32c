import { Entity } from '@backstage/catalog-model';
import { exampleTemplates } from '@agile-ops/test-utils/frontend';
import { makeEntity } from '../__testUtils__/fixtures';
import { readAppliesTo, templateAppliesTo } from './appliesTo';

// The demo catalog's templates are the examples template authors copy: they must stay valid
// predicates that offer each template on the entities it was written for.

const TEMPLATES = new Map(exampleTemplates().map(t => [t.metadata.name, t]));

const SERVICE = makeEntity({ kind: 'Component', type: 'service' });
const WEBSITE = makeEntity({ kind: 'Component', type: 'website' });
const RESOURCE = makeEntity({ kind: 'Resource', type: 'database' });
const SYSTEM = makeEntity({ kind: 'System', type: undefined });
const GROUP = makeEntity({ kind: 'Group', type: 'team', lifecycle: undefined });

describe('the shipped self-service templates', () => {
  it('are the five of the demo catalog, each with a valid predicate', () => {
    expect([...TEMPLATES.keys()].sort()).toEqual([
      'assess-maturity',
      'log-interrupt',
      'onboard-component',
      'request-restart',
      'swap-potw-week',
    ]);
    for (const template of TEMPLATES.values()) {
      expect({
        name: template.metadata.name,
        ok: readAppliesTo(template)?.ok,
      }).toEqual({ name: template.metadata.name, ok: true });
    }
  });

  it.each<[string, Entity[], Entity[]]>([
    ['assess-maturity', [SERVICE, RESOURCE, SYSTEM], [GROUP]],
    ['log-interrupt', [SERVICE, WEBSITE, RESOURCE], [SYSTEM, GROUP]],
    ['onboard-component', [SERVICE, WEBSITE], [RESOURCE, GROUP]],
    ['request-restart', [SERVICE], [WEBSITE, RESOURCE, GROUP]],
    ['swap-potw-week', [SERVICE, GROUP], [RESOURCE, SYSTEM]],
  ])('offers %s where it belongs and nowhere else', (name, yes, no) => {
    const template = TEMPLATES.get(name)!;
    const applies = (entities: Entity[]) =>
      entities.map(entity => templateAppliesTo(template, entity));
    expect(applies(yes)).toEqual(yes.map(() => true));
    expect(applies(no)).toEqual(no.map(() => false));
  });
});
