package th.prongsai.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each feature package is a module: no cycles, and no reach into another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(GatewayApplication.class);

    @Test
    void modulesKeepTheirWalls() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
