import Forbidden from "../forbidden";

// Target of the proxy's 403 rewrite for admin pages.
export default Forbidden;
