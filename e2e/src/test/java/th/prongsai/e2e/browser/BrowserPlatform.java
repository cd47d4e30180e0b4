package th.prongsai.e2e.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import th.prongsai.e2e.RunningPlatform;

/**
 * The whole platform, web included, started once for every browser test of this JVM, with the demo
 * municipalities onboarded and their seed years loaded as {@code ./platform up} does. Test classes share it,
 * so each class works in the municipality it names and leaves the others alone.
 */
public final class BrowserPlatform {

    private static BrowserPlatform shared;
    /** A platform that failed to start is not started again by every following test: they all fail with its reason. */
    private static RuntimeException failedToStart;

    private final RunningPlatform platform;
    private final Api api;

    private BrowserPlatform(RunningPlatform platform) {
        this.platform = platform;
        this.api = new Api(platform.gateway());
    }

    public static synchronized BrowserPlatform shared() {
        if (failedToStart != null) {
            throw new IllegalStateException("the browser tests' platform did not start", failedToStart);
        }
        if (shared == null) {
            RunningPlatform platform = null;
            try {
                platform = new RunningPlatform();
                Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
                BrowserPlatform started = new BrowserPlatform(platform);
                started.loadDemo();
                shared = started;
            } catch (IOException | RuntimeException e) {
                if (platform != null) {
                    platform.close();
                }
                failedToStart = e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
                throw failedToStart;
            }
        }
        return shared;
    }

    /** The gateway's address: the only one a browser uses. */
    public String url() {
        return platform.gateway();
    }

    public Api api() {
        return api;
    }

    private void loadDemo() throws IOException {
        Path demo = Path.of("").toAbsolutePath().getParent().resolve("deploy").resolve("demo");
        String admin = api.token("admin");
        for (Path tenant : files(demo.resolve("tenants"))) {
            Api.Answer created = api.postFile("/api/tenants", admin, Files.readAllBytes(tenant));
            if (created.status() != 201) {
                throw new IllegalStateException(
                        "onboarding " + tenant.getFileName() + ": " + created.status() + " " + created.text());
            }
        }
        for (Path year : files(demo.resolve("fiscal-years"))) {
            String name = year.getFileName().toString().replace(".json", "");
            String code = name.substring(0, name.lastIndexOf('-'));
            String fy = name.substring(name.lastIndexOf('-') + 1);
            Api.Answer imported =
                    api.putFile("/t/" + code + "/api/fiscal-years/" + fy + "/import", admin, Files.readAllBytes(year));
            if (imported.status() != 200) {
                throw new IllegalStateException("importing " + name + ": " + imported.status() + " " + imported.text());
            }
        }
        loadDemoOit(demo, admin);
    }

    /** The 2567 OIT list as a national administrator enters it, then the demo answers, as {@code ./platform up} does. */
    private void loadDemoOit(Path demo, String admin) throws IOException {
        for (Path framework : files(demo.resolve("frameworks"))) {
            String fy = framework.getFileName().toString().replace(".json", "");
            Api.Answer entered = api.putFile("/api/frameworks/" + fy, admin, Files.readAllBytes(framework));
            if (entered.status() != 200) {
                throw new IllegalStateException(
                        "entering framework " + fy + ": " + entered.status() + " " + entered.text());
            }
        }
        try (Stream<Path> listing = Files.list(demo.resolve("oit"))) {
            for (Path answers :
                    listing.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                String name = answers.getFileName().toString().replace(".tsv", "");
                String code = name.substring(0, name.lastIndexOf('-'));
                String fy = name.substring(name.lastIndexOf('-') + 1);
                for (String line : Files.readAllLines(answers)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String item = line.substring(0, line.indexOf('\t'));
                    byte[] body = line.substring(line.indexOf('\t') + 1).getBytes(StandardCharsets.UTF_8);
                    String path = "/t/" + code + "/api/fiscal-years/" + fy + "/oit/items/" + item;
                    Api.Answer answered = api.putFile(path, admin, body);
                    if (answered.status() != 200) {
                        throw new IllegalStateException("demo OIT answer " + name + " " + item + ": "
                                + answered.status() + " " + answered.text());
                    }
                }
            }
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
