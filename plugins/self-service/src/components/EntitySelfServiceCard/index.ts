export { EntitySelfServiceCard } from './EntitySelfServiceCard';
