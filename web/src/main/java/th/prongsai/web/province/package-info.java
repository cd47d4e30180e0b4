/**
 * The provincial office's pages: the province's dashboard, one local government, each table as CSV or XLSX.
 * Uses platform, layout and format.
 */
@NullMarked
package th.prongsai.web.province;

import org.jspecify.annotations.NullMarked;
