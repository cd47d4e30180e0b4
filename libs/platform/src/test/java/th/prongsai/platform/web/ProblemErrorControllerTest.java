package th.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;

class ProblemErrorControllerTest {

    private final ProblemErrorController controller = new ProblemErrorController();

    @Test
    void anErrorFromOutsideMvcIsThePlatformsProblem() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 400);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/t/trat//api");
        var answer = controller.error(request);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getType().toString()).isEqualTo("https://prongsai.th/problems/bad-request");
        assertThat(answer.getBody().getDetail()).isEqualTo("คำขอไม่ถูกต้อง");
    }

    @Test
    void aDirectVisitIsNotFound() {
        var answer = controller.error(new MockHttpServletRequest("GET", "/error"));
        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody().getType().toString()).isEqualTo("https://prongsai.th/problems/not-found");
    }
}
