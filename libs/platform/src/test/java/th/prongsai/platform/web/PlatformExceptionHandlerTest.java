package th.prongsai.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

class PlatformExceptionHandlerTest {

    record Body(String name, int count) {}

    @RestController
    static class Probe {

        @PostMapping("/things")
        String create(@RequestBody Body body) throws Exception {
            var result = new BeanPropertyBindingResult(body, "body");
            result.rejectValue("name", "NotBlank", "must not be blank");
            throw new MethodArgumentNotValidException(
                    new MethodParameter(Probe.class.getDeclaredMethod("create", Body.class), 0), result);
        }

        @GetMapping("/lock")
        String lock() {
            throw new IllegalStateException("wrapped", new OptimisticLockingFailureException("row 7 changed"));
        }

        @GetMapping("/denied")
        String denied() {
            throw new AccessDeniedException("no");
        }

        @GetMapping("/gone")
        String gone() {
            throw new ResponseStatusException(HttpStatus.GONE, "ไม่มีแล้ว");
        }

        @GetMapping("/numbers/{n}")
        String number(@PathVariable int n) {
            return Integer.toString(n);
        }

        @GetMapping("/duplicate")
        String duplicate() {
            throw new DataIntegrityViolationException(
                    "duplicate key value violates unique constraint \"measures_pkey\"");
        }

        @GetMapping("/problem")
        String problem() {
            throw ApiProblem.invalid("version", "is required");
        }

        @PostMapping("/upload")
        String upload(
                @org.springframework.web.bind.annotation.RequestPart("file")
                        org.springframework.web.multipart.MultipartFile file) {
            return file.getName();
        }

        @PostMapping("/cut")
        String cut() {
            throw new org.springframework.web.multipart.MultipartException("Failed to parse multipart servlet request");
        }

        @GetMapping("/boom")
        String boom() {
            throw new IllegalStateException("jdbc:postgresql://secret-host password=hunter2");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Probe())
            .setControllerAdvice(new PlatformExceptionHandler())
            .build();

    @Test
    void validationErrorsListFields() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"count\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Validation failed"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
    }

    @Test
    void malformedJsonIs400() throws Exception {
        mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Malformed request body"));
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() throws Exception {
        mvc.perform(post("/things")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"a\",\"count\":\"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Validation failed"))
                .andExpect(jsonPath("$.errors[0].field").value("count"));
    }

    @Test
    void optimisticLockIs409() throws Exception {
        mvc.perform(get("/lock"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Concurrent update"));
    }

    @Test
    void accessDeniedIs403() throws Exception {
        mvc.perform(get("/denied"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void responseStatusExceptionIsKept() throws Exception {
        mvc.perform(get("/gone"))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.detail").value("ไม่มีแล้ว"));
    }

    @Test
    void typeMismatchNamesTheParameter() throws Exception {
        mvc.perform(get("/numbers/seven"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("n"));
    }

    @Test
    void brokenDatabaseConstraintIs409WithoutTheSql() throws Exception {
        mvc.perform(get("/duplicate"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Conflict"))
                .andExpect(content().string(not(containsString("measures_pkey"))));
    }

    @Test
    void apiProblemNamesItsField() throws Exception {
        mvc.perform(get("/problem"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Validation failed"))
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @Test
    void unexpectedIs500WithoutInternals() throws Exception {
        mvc.perform(get("/boom"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.title").value("Internal server error"))
                .andExpect(content().string(not(containsString("hunter2"))))
                .andExpect(content().string(not(containsString("postgresql"))));
    }

    @Test
    void springsOwnRefusalsAreThePlatformsProblem() throws Exception {
        mvc.perform(get("/things"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://prongsai.th/problems/method-not-allowed"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .exists("Allow"));
        mvc.perform(post("/things").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("https://prongsai.th/problems/unsupported-media-type"))
                .andExpect(jsonPath("$.detail").value(containsString("Content-Type")));
    }

    @Test
    void aMissingPartNamesItAndAMalformedMultipartIs400() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/upload"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://prongsai.th/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(post("/cut"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://prongsai.th/problems/malformed-multipart"));
    }

    @Test
    void aRefusedTextIsAFieldErrorSayingWhy() throws Exception {
        MockMvc strict = MockMvcBuilders.standaloneSetup(new Probe())
                .setMessageConverters(new org.springframework.http.converter.json.JacksonJsonHttpMessageConverter(
                        StrictJsonTest.strict()
                                .rebuild()
                                .addMixIn(
                                        org.springframework.http.ProblemDetail.class,
                                        org.springframework.http.converter.json.ProblemDetailJacksonMixin.class)
                                .build()))
                .setControllerAdvice(new PlatformExceptionHandler())
                .build();
        strict.perform(post("/things")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"a\\u0000\",\"count\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value(InputText.MESSAGE));
        strict.perform(post("/things")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"a\",\"count\":1.5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("count"));
    }
}
