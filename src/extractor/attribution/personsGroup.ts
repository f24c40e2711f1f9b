import type { Speaker } from '../salience';

/** "the Clinton campaign", "her campaign": the organisation of the person named, called by their surname. */
export function groupOf(owner: Speaker, group: string | undefined): Speaker {
  if (!group || !owner) return owner;
  if (owner.type !== 'person') return null;
  const surname = owner.entity.name.split(/\s+/).pop() ?? owner.entity.name;
  return { type: 'organisation', name: `${surname} ${group}` };
}
