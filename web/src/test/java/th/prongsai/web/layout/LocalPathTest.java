package th.prongsai.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/m/trat/2567", "/m/trat/2567/measures?status=DONE", "/"})
    void keepsPathsOfThisSite(String path) {
        assertThat(LocalPath.orNull(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "m/trat", "", "/a\nSet-Cookie: x"
            })
    void dropsAnythingThatCouldLeaveIt(String path) {
        assertThat(LocalPath.orNull(path)).isNull();
        assertThat(LocalPath.or(path, "/")).isEqualTo("/");
    }
}
