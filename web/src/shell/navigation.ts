import type { Rol } from '@schemas/identity';
import type { Messages } from '../i18n';

export type NavKey = keyof Messages['nav'];

export interface NavItem {
  path: string;
  key: NavKey;
  /** Shown only to users with one of these roles in the acting organisation. */
  roles?: Rol[];
}

/** The areas of Samenloop, in the order of the main menu. Folder names in web/src follow the server's domains. */
export const areaItems: NavItem[] = [
  { path: '/casussen', key: 'casussen' },
  { path: '/meldingen', key: 'meldingen' },
  { path: '/acuut', key: 'acuut' },
  { path: '/actieoverleg', key: 'actieoverleg' },
  { path: '/zsm', key: 'zsm' },
  { path: '/kindermishandeling', key: 'kindermishandeling' },
  { path: '/veiligheidsplan', key: 'veiligheidsplan' },
  { path: '/indicatoren', key: 'indicatoren' },
  { path: '/netwerk', key: 'netwerk' },
];

/** Daily work across the areas: the task inbox and the bevragingen (shown in the menu after Casussen). */
export const workItems: NavItem[] = [
  { path: '/taken', key: 'taken' },
  { path: '/bevragingen', key: 'bevragingen' },
];

export const adminItems: NavItem[] = [
  { path: '/gebruikers', key: 'gebruikers', roles: ['functioneel-beheerder'] },
  { path: '/grondslagen', key: 'grondslagen', roles: ['functioneel-beheerder'] },
  { path: '/koppelingen', key: 'koppelingen', roles: ['functioneel-beheerder'] },
  { path: '/interventies', key: 'interventies', roles: ['functioneel-beheerder'] },
  { path: '/auditlog', key: 'audit', roles: ['functioneel-beheerder'] },
  { path: '/zsm/aandachtspunten', key: 'zsmAandachtspunten', roles: ['functioneel-beheerder'] },
];

export const navItems: NavItem[] = [
  { path: '/', key: 'overview' },
  ...areaItems.slice(0, 1),
  ...workItems,
  ...areaItems.slice(1),
  ...adminItems,
];

export function visibleTo(item: NavItem, rollen: readonly Rol[]): boolean {
  return !item.roles || item.roles.some((r) => rollen.includes(r));
}

/**
 * Whether a menu item is the current page: an item also covers the pages below it, unless a deeper item of the same
 * menu (the items this user sees) names them.
 */
export function isCurrent(item: NavItem, path: string, menu: readonly NavItem[] = navItems): boolean {
  if (item.path === '/') return path === '/';
  const covers = (p: string) => path === p || path.startsWith(`${p}/`);
  return covers(item.path) && !menu.some((other) => other.path.startsWith(`${item.path}/`) && covers(other.path));
}
