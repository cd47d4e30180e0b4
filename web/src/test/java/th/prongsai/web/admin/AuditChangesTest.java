package th.prongsai.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.prongsai.web.admin.AuditController.Change;

class AuditChangesTest {

    @Test
    void onlyTheValuesThatDifferAreShownWithoutTheBookkeeping() {
        Map<String, Object> before = new LinkedHashMap<>(Map.of("title", "เดิม", "status", "DONE", "version", 0));
        Map<String, Object> after = new LinkedHashMap<>(Map.of("title", "ใหม่", "status", "DONE", "version", 1));
        assertThat(AuditController.changes(before, after)).containsExactly(new Change("title", "เดิม", "ใหม่"));
    }

    @Test
    void aCreationHasNoBeforeAndANestedValueIsShownAsJson() {
        assertThat(AuditController.changes(null, Map.of("approvalChain", List.of("CLERK"))))
                .containsExactly(new Change("approvalChain", null, "[\"CLERK\"]"));
    }

    @Test
    void aValueThatIsNotAnObjectIsShownWhole() {
        assertThat(AuditController.changes(3, 4)).containsExactly(new Change("", "3", "4"));
        assertThat(AuditController.changes(null, null)).isEmpty();
    }
}
