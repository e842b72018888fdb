/**
 * Where the merchant's pages live, in one place: the connect flow and the link pages are built
 * by the wizard work; change them here when their routes move.
 */
export const routes = {
  home: "/",
  connect: "/connect",
  orders: "/orders",
  order: (id: string) => `/orders/${id}`,
  exceptions: "/exceptions",
  link: (id: string) => `/links/${id}`,
  products: "/products",
  linkProducts: (linkId: string) => `/links/${linkId}/products`,
  linkProductsCsv: (linkId: string) => `/links/${linkId}/products/export`,
  connections: "/connections",
  connection: (id: string) => `/connections/${id}`,
  links: "/links",
  sandbox: "/try",
} as const;
