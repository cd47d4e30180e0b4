/**
 * The tenant's audit log: who changed what and when, with the state before and after, and its API.
 * Uses no other module; every module that changes data writes to it.
 */
@NullMarked
package th.prongsai.report.audit;

import org.jspecify.annotations.NullMarked;
