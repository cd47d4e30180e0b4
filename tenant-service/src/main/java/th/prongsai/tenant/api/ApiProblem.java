package th.prongsai.tenant.api;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;
import th.prongsai.tenancy.web.Problems;

/** An error a person reads: English title, Thai detail, rendered as problem JSON by the platform advice. */
public class ApiProblem extends ErrorResponseException {

    public ApiProblem(HttpStatusCode status, String slug, String title, String detail) {
        super(status, Problems.of(status, slug, title, detail), null);
    }

    public ApiProblem withProperty(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }

    public ApiProblem withHeader(String name, String value) {
        getHeaders().set(name, value);
        return this;
    }
}
