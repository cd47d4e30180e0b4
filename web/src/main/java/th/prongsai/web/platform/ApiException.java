package th.prongsai.web.platform;

import java.util.List;

/**
 * A refusal or failure answered by the platform API, with its RFC 9457 problem. Pages turn each kind into
 * what a person needs: a form with its errors, a sign-in, a Thai error page.
 */
public sealed class ApiException extends RuntimeException {

    private final int status;
    private final Problem problem;

    ApiException(int status, Problem problem) {
        super(status + " " + problem.type() + ": " + problem.detail());
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    public Problem problem() {
        return problem;
    }

    /** The field errors of a validation problem, as the API named them. */
    public List<Problem.FieldError> fieldErrors() {
        return problem.errors();
    }

    static ApiException of(int status, Problem problem) {
        return switch (status) {
            case 400, 422 -> new Invalid(status, problem);
            case 401 -> new SignInRequired(problem);
            case 403 -> new Forbidden(problem);
            case 404 -> new NotFound(problem);
            case 409 -> new Conflict(problem);
            case 413, 415 -> new Invalid(status, problem);
            default -> status >= 500 ? new Unavailable(status, problem) : new ApiException(status, problem);
        };
    }

    /** 400: the input is wrong; show the form again with the errors next to their fields. */
    public static final class Invalid extends ApiException {
        Invalid(int status, Problem problem) {
            super(status, problem);
        }
    }

    /** 401: the token has expired or was revoked; sign in again and come back. */
    public static final class SignInRequired extends ApiException {
        SignInRequired(Problem problem) {
            super(401, problem);
        }
    }

    /** 403: this account may not do this (another municipality, another role). */
    public static final class Forbidden extends ApiException {
        Forbidden(Problem problem) {
            super(403, problem);
        }
    }

    /** 404: no such municipality, year or item. */
    public static final class NotFound extends ApiException {
        NotFound(Problem problem) {
            super(404, problem);
        }
    }

    /** 409: someone else changed it first, or the state does not allow it. */
    public static final class Conflict extends ApiException {
        Conflict(Problem problem) {
            super(409, problem);
        }
    }

    /** 5xx or no answer at all: the platform is unreachable or failing. */
    public static final class Unavailable extends ApiException {
        Unavailable(int status, Problem problem) {
            super(status, problem);
        }
    }
}
