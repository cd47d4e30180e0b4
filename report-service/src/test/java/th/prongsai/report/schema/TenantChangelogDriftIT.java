package th.prongsai.report.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.tenancy.TenantCode;

/**
 * The tenant changelog applied two ways, the real provisioning path (rendered SQL replayed) and a plain
 * Liquibase update, must give the same schema, and that schema must match the committed snapshot.
 */
class TenantChangelogDriftIT extends ReportIntegrationTest {

    static final Path SNAPSHOT = Path.of("src/test/resources/tenant-schema.snapshot");
    static final String REGENERATE = "ita.regenerate-tenant-snapshot";

    @Autowired
    TenantChangelog changelog;

    @Test
    void provisioningAndLiquibaseGiveTheSameSchemaAsTheSnapshot() throws Exception {
        TenantCode provisioned = TenantCode.of(provisioned("drift-prov", "23"));
        TenantCode byLiquibase = TenantCode.of(newCode("drift-lb"));
        jdbc.execute("CREATE SCHEMA " + byLiquibase.schemaName());
        changelog.update(byLiquibase);

        String viaProvisioning = SchemaDescription.of(jdbc, provisioned.schemaName());
        String viaLiquibase = SchemaDescription.of(jdbc, byLiquibase.schemaName());

        assertThat(viaProvisioning)
                .as("the rendered provisioning SQL and a plain Liquibase update must build the same schema")
                .isEqualTo(viaLiquibase);
        assertThat(checksums(provisioned))
                .as("DATABASECHANGELOG checksums of both paths")
                .isEqualTo(checksums(byLiquibase));

        if (Boolean.getBoolean(REGENERATE)) {
            Files.writeString(SNAPSHOT, viaProvisioning, StandardCharsets.UTF_8);
        }
        assertThat(viaProvisioning).as("""
                        The tenant schema differs from %s.
                        If you changed the tenant changelog on purpose, regenerate the snapshot and commit it:
                          ./mvnw -o -B verify -pl report-service -Dit.test=TenantChangelogDriftIT -D%s=true
                        If you did not, a change set or the provisioning renderer changed the schema by accident.""", SNAPSHOT, REGENERATE).isEqualTo(snapshot());
    }

    @Test
    void liquibaseFindsAProvisionedSchemaUpToDate() throws Exception {
        TenantCode code = TenantCode.of(provisioned("drift-noop", "23"));
        String before = SchemaDescription.of(jdbc, code.schemaName());
        int changeSets = count(code.schemaName(), "databasechangelog");

        changelog.update(code);

        assertThat(count(code.schemaName(), "databasechangelog")).isEqualTo(changeSets);
        assertThat(SchemaDescription.of(jdbc, code.schemaName())).isEqualTo(before);
    }

    private List<String> checksums(TenantCode code) {
        return jdbc.queryForList(
                "SELECT id || ' ' || md5sum FROM " + code.schemaName() + ".databasechangelog ORDER BY orderexecuted",
                String.class);
    }

    private static String snapshot() throws IOException {
        return Files.exists(SNAPSHOT) ? Files.readString(SNAPSHOT, StandardCharsets.UTF_8) : "(no snapshot file)";
    }
}
