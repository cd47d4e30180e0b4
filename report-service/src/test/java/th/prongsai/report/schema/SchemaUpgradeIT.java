package th.prongsai.report.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import th.prongsai.tenancy.TenantCode;

/**
 * Upgrade of every tenant schema. A schema "behind" is made by taking the last change set out of it (its tables
 * and its DATABASECHANGELOG row), exactly as if it had been provisioned before that change set existed.
 */
class SchemaUpgradeIT extends ReportIntegrationTest {

    @Autowired
    TenantChangelog changelog;

    @Test
    void upgradesSchemasThatAreBehindRecordsFailuresAndResumes() {
        String latest = changelog.latestVersion();
        TenantCode behindA = TenantCode.of(provisioned("up-a", "23"));
        TenantCode behindB = TenantCode.of(provisioned("up-b", "23"));
        TenantCode broken = TenantCode.of(provisioned("up-broken", "23"));
        TenantCode current = TenantCode.of(provisioned("up-current", "23"));
        rollBackLastChangeSet(behindA, true);
        rollBackLastChangeSet(behindB, true);
        // Its row says "behind" but the later tables are still there: Liquibase fails on CREATE TABLE measures.
        rollBackLastChangeSet(broken, false);

        Api.Response first = upgrade();

        assertThat(first.status()).as(first.toString()).isEqualTo(207);
        assertThat(first.json().get("latestVersion").asString()).isEqualTo(latest);
        assertThat(texts(first, "upgraded"))
                .contains(behindA.value(), behindB.value())
                .doesNotContain(broken.value(), current.value());
        assertThat(texts(first, "skipped")).contains(current.value());
        assertThat(first.json().get("failed").findValuesAsString("code")).containsExactly(broken.value());
        assertThat(row(behindA)).containsEntry("changelog_version", latest).containsEntry("status", "READY");
        assertThat(row(behindA).get("upgraded_at")).isNotNull();
        assertThat(count(behindA.schemaName(), "measures")).isZero();
        assertThat(count(behindA.schemaName(), "databasechangelog"))
                .isEqualTo(count(current.schemaName(), "databasechangelog"));
        assertThat(row(broken))
                .containsEntry("status", "UPGRADE_FAILED")
                .containsEntry("changelog_version", "0001-departments");
        assertThat((String) row(broken).get("last_error")).contains("measures");
        assertThat(row(current).get("upgraded_at"))
                .as("a current schema is not touched")
                .isNull();

        // The operator repairs the broken schema; a second run only does what is left.
        dropTablesAfterDepartments(broken);
        Api.Response second = upgrade();

        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(texts(second, "upgraded")).containsExactly(broken.value());
        assertThat(texts(second, "skipped")).contains(behindA.value(), behindB.value(), current.value());
        assertThat(row(broken)).containsEntry("status", "READY").containsEntry("changelog_version", latest);
        assertThat(row(broken).get("last_error")).isNull();
        assertThat(upgrade().json().get("upgraded")).isEmpty();
    }

    @Test
    void aSchemaWhoseUpgradeFailedIsNotServed() {
        TenantCode code = TenantCode.of(provisioned("up-served", "23"));
        rollBackLastChangeSet(code, false);
        upgrade();

        Api.Response response =
                api.tenant("GET", code.value(), "/api/departments", TestTokens.officer(code.value()), null);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        dropTablesAfterDepartments(code);
        upgrade();
        assertThat(api.tenant("GET", code.value(), "/api/departments", TestTokens.officer(code.value()), null)
                        .status())
                .isEqualTo(200);
    }

    /** Makes the schema look as if only the first changeset had run (with or without its later tables left over). */
    private void rollBackLastChangeSet(TenantCode code, boolean dropTables) {
        String schema = code.schemaName();
        if (dropTables) {
            dropTablesAfterDepartments(code);
        }
        jdbc.update("DELETE FROM " + schema + ".databasechangelog WHERE id <> '0001-departments'");
        jdbc.update(
                "UPDATE reporting.tenant_schemas SET changelog_version = '0001-departments' WHERE code = ?",
                code.value());
    }

    private void dropTablesAfterDepartments(TenantCode code) {
        List<String> tables = jdbc.queryForList("""
                SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
                WHERE table_schema = ? AND table_name NOT IN ('departments', 'databasechangelog', 'databasechangeloglock')""", String.class, code.schemaName());
        jdbc.execute("DROP TABLE " + String.join(", ", tables) + " CASCADE");
    }

    private Api.Response upgrade() {
        return api.send("POST", "/internal/tenant-schemas/upgrade", TestTokens.service(), null, null);
    }

    private Map<String, Object> row(TenantCode code) {
        return jdbc.queryForMap("SELECT * FROM reporting.tenant_schemas WHERE code = ?", code.value());
    }

    private static List<String> texts(Api.Response response, String field) {
        List<String> values = new ArrayList<>();
        response.json().get(field).forEach(node -> values.add(node.asString()));
        return values;
    }
}
