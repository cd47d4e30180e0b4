/**
 * The OIT checklist of the tenant's fiscal years: each item's answer (มี / ไม่มี, URLs, explanation, department, due
 * date), the ITAS list as CSV, the URL checks and the readiness they give. The items come from the framework; the
 * published measure report fills the items it answers. Uses framework, department, publication (its event),
 * exchange (the CSV writer), schema (the tenant's website), audit and persistence.
 */
@NullMarked
package th.prongsai.report.oit;

import org.jspecify.annotations.NullMarked;
