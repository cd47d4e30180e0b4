package th.prongsai.web.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import th.prongsai.testsupport.TestInfra;
import th.prongsai.web.layout.MunicipalityNames;
import th.prongsai.web.platform.GatewayClient;
import th.prongsai.web.platform.SignedInUser;

/**
 * The approval page as the API's answers make it: whoever submitted the report is told so in Thai and offered no
 * decision (report-service refuses a self-approval); approvers are named with their display name where it is known.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApprovalPageIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.url", TestInfra::redisUrl);
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    GatewayClient gateway;

    @MockitoBean
    MunicipalityNames names;

    @BeforeEach
    void aReportAtTheClerksStep() {
        Map<String, Object> status = new HashMap<>();
        status.put("fiscalYear", 2567);
        status.put("status", "SUBMITTED");
        status.put("nextApprover", "CLERK");
        status.put("chain", List.of("HEAD_OF_OFFICE", "CLERK"));
        status.put("submittedBy", "trang.somchai");
        status.put("submittedAt", "2026-12-01T08:00:00Z");
        status.put(
                "steps",
                List.of(
                        Map.of(
                                "position",
                                "HEAD_OF_OFFICE",
                                "state",
                                "APPROVED",
                                "actor",
                                "trang.head",
                                "actorName",
                                "วิไล รักษ์ดี",
                                "decidedAt",
                                "2026-12-01T09:00:00Z"),
                        current("CLERK")));
        status.put(
                "history",
                List.of(
                        Map.of("type", "SUBMITTED", "actor", "trang.somchai", "at", "2026-12-01T08:00:00Z"),
                        Map.of(
                                "type",
                                "APPROVED",
                                "actor",
                                "trang.head",
                                "actorName",
                                "วิไล รักษ์ดี",
                                "position",
                                "HEAD_OF_OFFICE",
                                "at",
                                "2026-12-01T09:00:00Z")));
        when(gateway.get(eq("/t/{code}/api/fiscal-years/{fy}/report/status"), any(Object[].class)))
                .thenReturn(status);
        when(names.of(anyString())).thenReturn(Map.of("code", "trang", "nameTh", "เทศบาลนครตรัง"));
    }

    @Test
    void theSubmitterIsToldInThaiAndOfferedNoDecision() throws Exception {
        String page = page(clerk("trang.somchai"));
        assertThat(page)
                .contains("ท่านเป็นผู้เสนอรายงานฉบับนี้ จึงเห็นชอบหรือส่งกลับรายงานที่ตนเองเสนอไม่ได้")
                .doesNotContain("/approval/approve", "/approval/reject");
    }

    @Test
    void anotherClerkDecidesAndReadsWhoApprovedBefore() throws Exception {
        String page = page(clerk("trang.clerk"));
        assertThat(page)
                .contains("/approval/approve", "/approval/reject", "วิไล รักษ์ดี (trang.head)")
                .doesNotContain("ท่านเป็นผู้เสนอรายงานฉบับนี้");
    }

    /** A step as the API writes it: every field present, null until decided. */
    private static Map<String, Object> current(String position) {
        Map<String, Object> step = new HashMap<>();
        step.put("position", position);
        step.put("state", "CURRENT");
        for (String field : List.of("actor", "actorName", "comment", "decidedAt")) {
            step.put(field, null);
        }
        return step;
    }

    private String page(SignedInUser user) throws Exception {
        return mvc.perform(get("/m/trang/2567/approval")
                        .with(authentication(new UsernamePasswordAuthenticationToken(
                                user, null, AuthorityUtils.createAuthorityList("ROLE_MUNICIPAL_OFFICER")))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static SignedInUser clerk(String username) {
        return new SignedInUser(
                username, "token", Instant.now().plusSeconds(600), Set.of("MUNICIPAL_OFFICER"), "trang", null, "CLERK");
    }
}
