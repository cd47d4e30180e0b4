package th.prongsai.report.oit;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import th.prongsai.platform.web.SingleLine;

/**
 * An answer to one OIT item as a client sends it. {@code hasData} is มี (true) or ไม่มี (false); a ไม่มี answer has no
 * URLs. {@code version} is the one last read; without it the answer must be new (a second writer gets a 409).
 */
record OitAnswerRequest(
        @NotNull Boolean hasData,
        @Size(max = MAX_URLS) List<@NotBlank @Size(max = 2000) @SingleLine String> urls,
        @Size(max = 2000) @Nullable String explanation,
        @Positive @Nullable Long departmentId,
        @Nullable LocalDate dueDate,
        @Min(0) @Nullable Long version,
        // The platform reads JSON leniently about unknown fields; an answer refuses them, so a misspelt
        // "explaination" is not lost silently.
        @JsonAnySetter @Nullable Map<String, Object> unknownFields) {

    /** ITAS takes a handful of URLs per item; ten is more than any item needs. */
    static final int MAX_URLS = 10;

    Map<String, Object> unknownFieldsOrEmpty() {
        return unknownFields == null ? Map.of() : unknownFields;
    }

    List<String> urlsOrEmpty() {
        return urls == null ? List.of() : urls.stream().map(String::strip).toList();
    }
}
