import { type Sieve, HEADLINE } from '../sieve';
import { colon } from './colon';

/**
 * "Kasich: ‘We Are Going All The Way’": a headline that gives a person's name and a colon before a
 * quote gives its speaker, though headline capitals would make the quote read as a title.
 */
export const headlineColon: Sieve = {
  name: 'headline colon',
  needs: HEADLINE,
  apply(state, q) {
    return state.input.quotes[q].open.start < state.input.headlineEnd ? colon.apply(state, q) : null;
  },
};
