package th.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonTest {

    enum Type {
        TOWN_MUNICIPALITY,
        PAO
    }

    record Body(String name, Integer number, int version, Type type, Boolean draft, List<String> tags) {}

    private final JsonMapper json = strict();

    static JsonMapper strict() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJson().customize(builder);
        return builder.build();
    }

    @Test
    void wellTypedJsonWithThaiTextAndEmojiIsRead() {
        Body body = json.readValue("""
                {"name":"เทศบาลเมืองตราด\\tแถว 1\\nแถว 2 😀","number":3,"version":2,"type":"PAO","draft":true,
                 "tags":["ก","ข"]}""", Body.class);
        assertThat(body.name()).isEqualTo("เทศบาลเมืองตราด\tแถว 1\nแถว 2 😀");
        assertThat(body.type()).isEqualTo(Type.PAO);
        assertThat(body.tags()).containsExactly("ก", "ข");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"number\":1.5}",
                "{\"number\":1.0}",
                "{\"version\":2.5}",
                "{\"number\":\"5\"}",
                "{\"type\":0}",
                "{\"type\":\"\"}",
                "{\"name\":5}",
                "{\"name\":true}",
                "{\"name\":1.5}",
                "{\"draft\":1}",
                "{\"draft\":\"true\"}",
                "{\"version\":null}",
                "{\"tags\":[1]}",
                "{\"name\":\"\\u0007bell\"}",
                "{\"name\":\"nul\\u0000\"}",
                "{\"name\":\"\\ud800\"}",
                "{\"name\":\"\\udc00x\"}",
                "{\"name\":\"del\\u007f\"}",
                "{\"name\":\"c1\\u0085\"}",
                "{\"tags\":[\"ok\",\"\\u001b[31m\"]}",
                "{\"name\":\"a\"} {\"name\":\"b\"}"
            })
    void coercionsAndBadTextAreRefused(String input) {
        assertThatThrownBy(() -> json.readValue(input, Body.class))
                .isInstanceOf(tools.jackson.core.JacksonException.class);
    }

    @Test
    void aRefusedTextNamesItsFieldAndTheRule() {
        assertThatThrownBy(() -> json.readValue("{\"name\":\"\\u0007\"}", Body.class))
                .isInstanceOfSatisfying(MismatchedInputException.class, e -> {
                    assertThat(e.getOriginalMessage()).startsWith(InputText.MESSAGE);
                    assertThat(e.getPath().getFirst().getPropertyName()).isEqualTo("name");
                });
    }
}
