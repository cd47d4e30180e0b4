package th.prongsai.ita.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of parsing, writing and validating, over random valid frameworks. */
class FrameworkPropertiesTest {

    @Provide
    Arbitrary<Framework> frameworks() {
        return Arbitraries.randomValue(RandomFrameworks::framework);
    }

    @Property
    void randomFrameworksAreValid(@ForAll("frameworks") Framework f) {
        assertThat(FrameworkValidator.validate(f)).isEmpty();
    }

    @Property
    void parseOfWriteIsTheSameFramework(@ForAll("frameworks") Framework f) {
        assertThat(FrameworkJson.parse(FrameworkJson.write(f))).isEqualTo(f);
    }

    @Property
    void writeIsStableAfterOneRoundTrip(@ForAll("frameworks") Framework f) {
        String once = FrameworkJson.write(f);
        assertThat(FrameworkJson.write(FrameworkJson.parse(once))).isEqualTo(once);
    }

    @Property
    void changingOneWeightBreaksTheSum(
            @ForAll("frameworks") Framework f, @ForAll @IntRange(min = 1, max = 500) int cents) {
        List<Tool> tools = new ArrayList<>(f.tools());
        Tool first = tools.getFirst();
        tools.set(
                0,
                new Tool(
                        first.code(),
                        first.nameTh(),
                        first.nameEn(),
                        first.weight().add(BigDecimal.valueOf(cents, 2)),
                        first.indicators()));
        Framework changed = FrameworkFixtures.withTools(f, tools);
        assertThat(FrameworkValidator.validate(changed))
                .extracting(Violation::field)
                .contains("tools");
    }

    @Property
    void everyScoreFindsALevel(
            @ForAll("frameworks") Framework f,
            @ForAll @IntRange(min = 0, max = 10_000) int overall,
            @ForAll @IntRange(min = 0, max = 10_000) int tool) {
        Level level = f.levelScheme().classify(BigDecimal.valueOf(overall, 2), List.of(BigDecimal.valueOf(tool, 2)));
        assertThat(f.levelScheme().levels()).contains(level);
    }
}
