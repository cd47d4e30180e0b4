package th.prongsai.ita.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The frameworks shipped with the library, 2563–2568, read from the JSON files listed in
 * {@code th/prongsai/ita/frameworks/index.txt} on the classpath. Adding a year is adding a file and a line.
 */
public final class BuiltInFrameworks {

    private static final String FOLDER = "/th/prongsai/ita/frameworks/";

    private BuiltInFrameworks() {}

    /** Every built-in framework, oldest year first. */
    public static List<Framework> all() {
        return Holder.ALL;
    }

    /** The built-in framework of a fiscal year, if there is one. */
    public static Optional<Framework> of(int fiscalYear) {
        return Holder.ALL.stream()
                .filter(framework -> framework.fiscalYear() == fiscalYear)
                .findFirst();
    }

    /** Loaded on first use; a broken built-in file is a packaging bug, so it fails loudly. */
    private static final class Holder {

        private static final List<Framework> ALL = load();

        private static List<Framework> load() {
            List<Framework> frameworks = new ArrayList<>();
            for (String file : read("index.txt")
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList()) {
                Framework framework = FrameworkJson.parse(read(file));
                if (!file.equals(framework.fiscalYear() + ".json")) {
                    throw new IllegalStateException(
                            "built-in framework " + file + " holds fiscal year " + framework.fiscalYear());
                }
                frameworks.add(framework);
            }
            frameworks.sort(Comparator.comparingInt(Framework::fiscalYear));
            return List.copyOf(frameworks);
        }

        private static String read(String file) {
            try (InputStream in = BuiltInFrameworks.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing built-in framework resource " + FOLDER + file);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read built-in framework " + file, e);
            }
        }
    }
}
