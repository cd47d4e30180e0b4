package th.prongsai.web.layout;

import org.jspecify.annotations.Nullable;

/** A path on this site to send the browser back to; anything else (another host, a scheme) is dropped. */
public final class LocalPath {

    private LocalPath() {}

    public static @Nullable String orNull(@Nullable String path) {
        if (path == null
                || path.isEmpty()
                || path.charAt(0) != '/'
                || path.startsWith("//")
                || path.contains("\\")
                || path.chars().anyMatch(c -> c < 0x20)) {
            return null;
        }
        return path;
    }

    public static String or(@Nullable String path, String fallback) {
        String local = orNull(path);
        return local == null ? fallback : local;
    }
}
