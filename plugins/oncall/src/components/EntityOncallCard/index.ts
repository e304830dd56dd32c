export { EntityOncallCard } from './EntityOncallCard';
