package th.prongsai.platform;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The library's packages (web, security, command) form no cycle. */
class PackageStructureTest {

    @Test
    void packagesFormNoCycle() {
        ApplicationModules.of("th.prongsai.platform").verify();
    }
}
