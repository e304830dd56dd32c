export { maturityPlugin as default } from './plugin';
