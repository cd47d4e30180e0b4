package th.prongsai.events;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The library's packages (outbox, follow) form no cycle. */
class PackageStructureTest {

    @Test
    void packagesFormNoCycle() {
        ApplicationModules.of("th.prongsai.events").verify();
    }
}
