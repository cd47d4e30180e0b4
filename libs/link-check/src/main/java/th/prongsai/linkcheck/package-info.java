/**
 * The OIT link checker: opens the URLs a municipality answers its open-data checklist with, safely (http and https
 * only, never an internal address, checked on the address actually connected to and on every redirect) and politely
 * (one request at a time per host, a delay between them), and tells whether each is live, on the main website and
 * names the fiscal year. Plain Java, no Spring: the services wrap it.
 */
@NullMarked
package th.prongsai.linkcheck;

import org.jspecify.annotations.NullMarked;
