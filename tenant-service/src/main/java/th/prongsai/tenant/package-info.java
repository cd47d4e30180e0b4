/**
 * tenant-service: the control plane. Each direct sub-package is a module (see README.md and {@code ModularityTests});
 * this package holds only the application and the API conventions every module shares.
 */
@NullMarked
package th.prongsai.tenant;

import org.jspecify.annotations.NullMarked;
