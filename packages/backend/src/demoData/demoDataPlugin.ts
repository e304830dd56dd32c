import {
  coreServices,
  createBackendPlugin,
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { PluginCallDeps } from './callPlugin';

/** What loading demo data gets: calls to other plugins as itself, and a logger. */
export type DemoDataDeps = PluginCallDeps & { logger: LoggerService };

/**
 * A portal-only plugin that gives the demo its data through other plugins' routes. `prepare`
 * reads the config at init (and may fail the start over a broken file) and returns the
 * loading, or nothing to stay off; the loading runs once the backend has started, in the
 * background, since the catalog it waits for ingests after start, and a failure is a warning
 * naming `what`, never a stop.
 */
export function createDemoDataPlugin(options: {
  pluginId: string;
  what: string;
  prepare(
    config: RootConfigService,
  ): Promise<((deps: DemoDataDeps) => Promise<void>) | undefined>;
}) {
  return createBackendPlugin({
    pluginId: options.pluginId,
    register(env) {
      env.registerInit({
        deps: {
          config: coreServices.rootConfig,
          logger: coreServices.logger,
          lifecycle: coreServices.rootLifecycle,
          auth: coreServices.auth,
          discovery: coreServices.discovery,
        },
        async init({ config, logger, lifecycle, auth, discovery }) {
          const load = await options.prepare(config);
          if (!load) return;
          lifecycle.addStartupHook(() => {
            load({ auth, discovery, logger }).catch(error =>
              logger.warn(`${options.what} not loaded: ${error}`),
            );
          });
        },
      });
    },
  });
}
