package th.prongsai.report.oit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.prongsai.report.framework.FrameworkCatalog;
import th.prongsai.report.schema.TenantSchemas;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;

/**
 * The nightly schedule, which the tests' context leaves off, built by hand on the context's beans with a clock in
 * March 2566: it checks each municipality's year, and skips its turn while another instance holds the lock.
 */
class OitCheckScheduleIT extends ReportIntegrationTest {

    @Autowired
    TenantSchemas schemas;

    @Autowired
    FrameworkCatalog frameworks;

    @Autowired
    OitCheckRuns runs;

    OitCheckSchedule schedule() {
        Clock march2566 = Clock.fixed(Instant.parse("2023-03-15T03:00:00Z"), ZoneOffset.UTC);
        return new OitCheckSchedule(dataSource, schemas, frameworks, runs, march2566, 4);
    }

    @Test
    void checksEveryMunicipalitysCurrentYearAndOnlyOneInstanceRunsIt() throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/o1", exchange -> {
            byte[] body = "<p>ปีงบประมาณ 2566</p>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
        try {
            String website = "http://127.0.0.1:" + site.getAddress().getPort();
            String code = newCode("sched");
            assertThat(api.send(
                                    "PUT",
                                    "/internal/tenants/" + code + "/schema",
                                    TestTokens.service(),
                                    null,
                                    Map.of("province", "80", "nameTh", "เทศบาลทดสอบ", "website", website))
                            .status())
                    .isEqualTo(200);
            Api.Response answered = api.tenant(
                    "PUT",
                    code,
                    "/api/fiscal-years/2566/oit/items/o1",
                    TestTokens.officer(code),
                    Map.of("hasData", true, "urls", List.of(website + "/o1")));
            assertThat(answered.status()).as(answered.toString()).isEqualTo(200);

            // another instance holds the schedule's lock: this one skips its turn and checks nothing
            try (Connection other = dataSource.getConnection();
                    PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, OitCheckSchedule.LOCK);
                lock.execute();
                assertThat(schedule().runOnce()).isEqualTo(-1);
                try (PreparedStatement unlock = other.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    unlock.setLong(1, OitCheckSchedule.LOCK);
                    unlock.execute();
                }
            }
            assertThat(count(schemaOf(code), "oit_check_runs")).isZero();

            // 2566 is the current year in March 2566 (2567, the next, is checked too when its list has items)
            assertThat(schedule().runOnce()).isPositive();
            Map<String, Object> run = jdbc.queryForMap("SELECT kind, started_by, total, done, status FROM "
                    + schemaOf(code) + ".oit_check_runs WHERE fiscal_year = 2566");
            assertThat(run)
                    .containsEntry("kind", "SCHEDULE")
                    .containsEntry("started_by", "system")
                    .containsEntry("total", 1)
                    .containsEntry("done", 1)
                    .containsEntry("status", "DONE");
            assertThat(jdbc.queryForObject(
                            "SELECT live AND on_main_website AND names_fiscal_year FROM " + schemaOf(code)
                                    + ".oit_url_checks WHERE fiscal_year = 2566",
                            Boolean.class))
                    .isTrue();
        } finally {
            site.stop(0);
        }
    }
}
