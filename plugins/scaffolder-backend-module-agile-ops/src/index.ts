export { scaffolderModuleAgileOps as default } from './module';
