package th.prongsai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each feature package is a module: no cycles, and no reach into another module's internals. */
class ModularityTests {

    /** What every page is built on; it uses no feature, so a feature's pages come and go on their own. */
    private static final Set<String> PLUMBING = Set.of("format", "platform", "layout", "signin", "errors");

    private final ApplicationModules modules = ApplicationModules.of(WebApplication.class);

    @Test
    void modulesKeepTheirWalls() {
        modules.verify();
    }

    @Test
    void thePagePlumbingUsesNoFeature() {
        modules.stream()
                .filter(module -> PLUMBING.contains(module.getIdentifier().toString()))
                .forEach(module -> assertThat(module.getDirectDependencies(modules)
                                .uniqueModules()
                                .map(used -> used.getIdentifier().toString()))
                        .as("the modules %s uses", module.getIdentifier())
                        .isSubsetOf(PLUMBING));
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
