package th.prongsai.tenancy;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The library's packages (context, guard, hibernate, schema, security) form no cycle. */
class PackageStructureTest {

    @Test
    void packagesFormNoCycle() {
        ApplicationModules.of("th.prongsai.tenancy").verify();
    }
}
