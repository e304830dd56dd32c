import { createBackend } from '@backstage/backend-defaults';
import { demoAutomationPlugin } from './demoAutomation/plugin';
import { demoHistoryPlugin } from './demoHistory/plugin';
import { demoOncallPlugin } from './demoOncall/plugin';
import { portalPermissionPolicyModule } from './permissions/policy';

// The Agile Ops portal: Backstage core plugins the suite builds on, plus our plugins as they land.
const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(portalPermissionPolicyModule);

backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(
  import('@backstage/plugin-scaffolder-backend-module-notifications'),
);

// Search runs on the built-in in-memory engine: no extra server to operate.
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));

// The event bus lets catalog and signals reach every backend replica.
backend.add(import('@backstage/plugin-events-backend'));
backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@backstage/plugin-mcp-actions-backend'));

// Agile Ops
backend.add(import('@agile-ops/plugin-maturity-backend'));
backend.add(
  import('@agile-ops/plugin-maturity-backend-module-catalog-evidence'),
);
backend.add(import('@agile-ops/plugin-oncall-backend'));
backend.add(
  import('@agile-ops/plugin-maturity-backend-module-oncall-evidence'),
);
backend.add(import('@agile-ops/plugin-scaffolder-backend-module-agile-ops'));

// Demo only: stands in for a team's restart automation that a template calls.
backend.add(demoAutomationPlugin);
// Demo only, with app-config.demo.yaml (./portal start): 18 months of maturity history.
backend.add(demoHistoryPlugin);
// Demo only, with agileOpsDemo.oncallData (app-config.yaml): the demo teams' rotations and
// interrupts, imported through the on-call plugin's import route.
backend.add(demoOncallPlugin);

backend.start();
