import type { AnchorHTMLAttributes } from 'react';
import { navigate } from './router';

type RouteLinkProps = { to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'>;

/** A link inside the portal: a real href (a new tab, a copied address work), followed without a page load. */
export function RouteLink({ to, ...anchor }: RouteLinkProps) {
  return (
    <a
      {...anchor}
      href={to}
      onClick={(event) => {
        event.preventDefault();
        navigate(to);
      }}
    />
  );
}
