/** The cookie naming the org a user acts in (validated against their memberships on every request). */
export const ORG_COOKIE_NAME = "shortlist-org";
