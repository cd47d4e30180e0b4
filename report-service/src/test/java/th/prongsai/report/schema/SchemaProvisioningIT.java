package th.prongsai.report.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.testsupport.TestInfra;

class SchemaProvisioningIT extends ReportIntegrationTest {

    @Autowired
    TenantChangelog changelog;

    /** Changesets in db/tenant-changelog/master.yaml. */
    static final int CHANGESETS = 9;

    @Autowired
    SchemaProvisioner provisioner;

    @Test
    void provisionsSchemaWithTablesChangelogAndRegistryRow() {
        String code = newCode("prov");
        String schema = TenantCode.of(code).schemaName();

        Api.Response response = api.provision(code, "23");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("code").asString()).isEqualTo(code);
        assertThat(response.json().get("schema").asString()).isEqualTo(schema);
        assertThat(response.json().get("changelogVersion").asString()).isEqualTo(changelog.latestVersion());
        assertThat(jdbc.queryForList(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
                                + "ORDER BY table_name",
                        String.class,
                        schema))
                .containsExactly(
                        "audit_log",
                        "databasechangelog",
                        "databasechangeloglock",
                        "departments",
                        "indicator_scores",
                        "measure_attachments",
                        "measure_departments",
                        "measure_evidence_links",
                        "measure_progress_notes",
                        "measures",
                        "oit_answer_urls",
                        "oit_answers",
                        "oit_check_runs",
                        "oit_url_check_history",
                        "oit_url_checks",
                        "report_decisions",
                        "report_settings",
                        "report_templates",
                        "report_version_files",
                        "report_versions",
                        "report_workflows",
                        "score_sheets",
                        "themes");
        assertThat(count(schema, "databasechangelog")).isEqualTo(CHANGESETS);
        assertThat(jdbc.queryForMap(
                        "SELECT province, name_th, status, changelog_version FROM reporting.tenant_schemas "
                                + "WHERE code = ?",
                        code))
                .containsEntry("province", "23")
                .containsEntry("status", "READY")
                .containsEntry("changelog_version", changelog.latestVersion());
    }

    @Test
    void repeatingTheCallIsHarmlessAndUpdatesTheDetails() {
        String code = newCode("again");
        assertThat(api.provision(code, "23").status()).isEqualTo(200);
        String schema = TenantCode.of(code).schemaName();
        jdbc.update("INSERT INTO " + schema + ".departments (name) VALUES ('สำนักปลัด')");

        Api.Response again = api.provision(code, "92");

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("schema").asString()).isEqualTo(schema);
        assertThat(count(schema, "departments"))
                .as("a retry never recreates or wipes the schema")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT province FROM reporting.tenant_schemas WHERE code = ?", String.class, code))
                .isEqualTo("92");
    }

    @Test
    void concurrentCallsForOneTenantAllSucceedWithOneSchema() throws Exception {
        String code = newCode("race");
        List<Future<Api.Response>> calls = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> api.provision(code, "23")));
            }
        }
        for (Future<Api.Response> call : calls) {
            assertThat(call.get().status()).as(call.get().toString()).isEqualTo(200);
        }
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM reporting.tenant_schemas WHERE code = ?", Integer.class, code))
                .isEqualTo(1);
        assertThat(count(TenantCode.of(code).schemaName(), "databasechangelog")).isEqualTo(CHANGESETS);
    }

    @Test
    void aFailureHalfWayLeavesNothingAndARetrySucceeds() throws Exception {
        String code = newCode("fail");
        String schema = TenantCode.of(code).schemaName();
        // Reads stay possible but the registry insert, the last step, cannot get its lock: the call fails after
        // it has already created the schema and its tables inside its transaction.
        try (Connection blocker = TestInfra.postgres().connect();
                Statement s = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            s.execute("LOCK TABLE reporting.tenant_schemas IN SHARE MODE");

            Api.Response failed = api.provision(code, "23");

            assertThat(failed.status()).as(failed.toString()).isEqualTo(503);
            assertThat(failed.contentType()).startsWith("application/problem+json");
            assertThat(failed.json().get("title").asString()).isEqualTo("Provisioning failed");
            blocker.rollback();
        }
        assertThat(schemaExists(schema))
                .as("no half-made schema after a failure")
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM reporting.tenant_schemas WHERE code = ?", Integer.class, code))
                .isZero();

        Api.Response retried = api.provision(code, "23");

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(schemaExists(schema)).isTrue();
    }

    @Test
    void aRegisteredSchemaDroppedByHandIsBuiltAgain() {
        String code = newCode("dropped");
        String schema = TenantCode.of(code).schemaName();
        assertThat(api.provision(code, "23").status()).isEqualTo(200);
        jdbc.execute("DROP SCHEMA " + schema + " CASCADE");

        Api.Response again = api.provision(code, "23");

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(count(schema, "databasechangelog")).isEqualTo(CHANGESETS);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM reporting.tenant_schemas WHERE code = ?", Integer.class, code))
                .isEqualTo(1);
    }

    @Test
    void anUnregisteredSchemaIsNeverAdopted() {
        String code = newCode("orphan");
        String schema = TenantCode.of(code).schemaName();
        jdbc.execute("CREATE SCHEMA " + schema);

        Api.Response response = api.provision(code, "23");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = ?", Integer.class, schema))
                .isZero();
    }

    @Test
    void badCodesAndBadBodiesAreRefusedAndCreateNothing() {
        int schemasBefore = tenantSchemaCount();
        for (String bad : List.of(
                "TRAT", "trat;drop", "a", "x".repeat(60), "%E0%B8%95%E0%B8%A3%E0%B8%B2%E0%B8%94", "trat_x", "9trat")) {
            Api.Response response = api.send(
                    "PUT",
                    "/internal/tenants/" + bad + "/schema",
                    TestTokens.service(),
                    null,
                    Map.of("province", "23", "nameTh", "เทศบาล"));
            assertThat(response.status()).as("code %s: %s", bad, response).isEqualTo(400);
            assertThat(response.contentType()).as("code %s: %s", bad, response).startsWith("application/problem+json");
        }
        String code = newCode("body");
        for (Object body : List.of(
                Map.of("province", "2", "nameTh", "เทศบาล"),
                Map.of("nameTh", "เทศบาล"),
                Map.of("province", "23", "nameTh", " "),
                "{not json")) {
            Api.Response response =
                    api.send("PUT", "/internal/tenants/" + code + "/schema", TestTokens.service(), null, body);
            assertThat(response.status()).as("body %s: %s", body, response).isEqualTo(400);
            assertThat(response.contentType()).as("body %s: %s", body, response).startsWith("application/problem+json");
        }
        Api.Response missingProvince = api.send(
                "PUT", "/internal/tenants/" + code + "/schema", TestTokens.service(), null, Map.of("nameTh", "เทศบาล"));
        assertThat(missingProvince.json().get("errors").get(0).get("field").asString())
                .isEqualTo("province");
        assertThat(tenantSchemaCount()).isEqualTo(schemasBefore);
        assertThat(schemaExists(TenantCode.of(code).schemaName())).isFalse();
    }

    @Test
    void onlyServicesMayProvision() {
        String code = newCode("auth");
        Map<String, String> body = Map.of("province", "23", "nameTh", "เทศบาล");
        String path = "/internal/tenants/" + code + "/schema";

        assertThat(api.send("PUT", path, null, null, body).status()).isEqualTo(401);
        assertThat(api.send("PUT", path, TestTokens.forged(code), null, body).status())
                .isEqualTo(401);
        assertThat(api.send("PUT", path, TestTokens.wrongIssuer(), null, body).status())
                .isEqualTo(401);
        Api.Response admin = api.send("PUT", path, TestTokens.nationalAdmin(), null, body);
        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.contentType()).startsWith("application/problem+json");
        assertThat(api.send("POST", "/internal/tenant-schemas/upgrade", TestTokens.officer(code), null, null)
                        .status())
                .isEqualTo(403);
        assertThat(schemaExists(TenantCode.of(code).schemaName())).isFalse();
    }

    private int tenantSchemaCount() {
        return jdbc.queryForObject("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 't\\_%'", Integer.class);
    }
}
