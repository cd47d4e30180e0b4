/**
 * Reads Redis Streams with analytics' consumer group and reports the lag: the mechanism only, each module that
 * follows a stream declares its own consumer. Uses no other module.
 */
@NullMarked
package th.prongsai.analytics.stream;

import org.jspecify.annotations.NullMarked;
