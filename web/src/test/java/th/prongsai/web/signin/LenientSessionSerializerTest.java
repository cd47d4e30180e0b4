package th.prongsai.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LenientSessionSerializerTest {

    record Probe(String name) implements Serializable {}

    private final LenientSessionSerializer serializer =
            new LenientSessionSerializer(getClass().getClassLoader());

    @Test
    void valuesRoundTrip() {
        assertThat(serializer.deserialize(serializer.serialize(new Probe("trat.officer"))))
                .isEqualTo(new Probe("trat.officer"));
    }

    @Test
    void aValueWhoseClassHasMovedReadsAsAbsent() {
        byte[] bytes = serializer.serialize(new Probe("trat.officer"));
        // the same bytes naming a class this build does not have, as after a class moved to another package
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String moved = text.replace("LenientSessionSerializerTest$Probe", "LenientSessionSerializerTest$Prob_");
        assertThat(moved).isNotEqualTo(text);
        assertThat(serializer.deserialize(moved.getBytes(StandardCharsets.ISO_8859_1)))
                .isNull();
    }

    @Test
    void bytesThatAreNoSerializedValueReadAsAbsent() {
        assertThat(serializer.deserialize(new byte[] {1, 2, 3})).isNull();
    }
}
