/**
 * The year's OIT checklist for the municipality: items, answers, link checks, readiness and the ITAS list.
 * Uses platform and layout.
 */
@NullMarked
package th.prongsai.web.oit;

import org.jspecify.annotations.NullMarked;
