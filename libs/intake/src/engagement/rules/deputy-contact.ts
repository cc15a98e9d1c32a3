import type { ActorContext } from '@civicloop/contracts';

/** Who keeps the registry (district admins and street liaisons): they see contacts unmasked. */
export const REGISTRY_KEEPERS = ['district-admin', 'liaison'] as const;

export function keepsRegistry(context: ActorContext): boolean {
  return context.roles.some((role) => (REGISTRY_KEEPERS as readonly string[]).includes(role));
}

/** A contact as others see it: the first three and last four characters of a phone, the rest starred. */
export function maskContact(contact: string | null): string | null {
  if (contact === null) return null;
  if (contact.length <= 4) return '****';
  if (contact.length < 8) return `${contact.slice(0, 1)}****${contact.slice(-1)}`;
  return `${contact.slice(0, 3)}****${contact.slice(-4)}`;
}

/** The contact a reader sees: unmasked only for the registry's keepers (and the deputy themself). */
export function contactFor(context: ActorContext, deputy: { contact: string | null; userId: string | null }): string | null {
  if (keepsRegistry(context) || (deputy.userId !== null && deputy.userId === context.userId)) return deputy.contact;
  return maskContact(deputy.contact);
}
