package org.steward.shared.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem document with Steward's stable {@code code} and, for 400s, the fields at fault. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        String code,
        @Nullable List<Violation> violations,
        @JsonIgnore Map<String, Object> extensions) {

    public Problem {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://steward.example/problems/";

    public static Problem of(
            int status, String code, String title, @Nullable String detail, @Nullable String instance) {
        return new Problem(TYPE_BASE + code.replace('.', '/'), title, status, detail, instance, code, null, null);
    }

    public Problem withViolations(List<Violation> violations) {
        return new Problem(type, title, status, detail, instance, code, violations, extensions);
    }

    /** Extension members, written at the top level of the document beside {@code code}. */
    public Problem withExtensions(Map<String, Object> extensions) {
        return new Problem(type, title, status, detail, instance, code, violations, extensions);
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }

    /** One field that failed validation: {@code field} is the JSON path in the request body or parameter name. */
    @Serdeable
    public record Violation(String field, String message) {}
}
