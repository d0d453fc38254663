package org.steward.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** Asserts that a reply is an RFC 9457 problem with the given status and stable code. */
public final class ProblemAssert {

    private ProblemAssert() {}

    public static Map<String, Object> assertProblem(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as("content type of %s", reply).startsWith("application/problem+json");
        Map<String, Object> problem = reply.json();
        assertThat(problem.get("code")).as("code of %s", reply).isEqualTo(code);
        assertThat(problem.get("status")).isEqualTo(status);
        assertThat(problem.get("title")).as("title").isNotNull();
        assertThat((String) problem.get("type")).endsWith(code.replace('.', '/'));
        return problem;
    }

    /** A 400 validation problem naming exactly these fields (in any order). */
    @SuppressWarnings("unchecked")
    public static void assertViolations(Api.Reply reply, String... fields) {
        Map<String, Object> problem = assertProblem(reply, 400, "validation.failed");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) problem.get("violations");
        assertThat(violations).as("violations of %s", reply).isNotNull();
        assertThat(violations.stream().map(v -> (String) v.get("field")).distinct())
                .containsExactlyInAnyOrder(fields);
        violations.forEach(v -> assertThat((String) v.get("message")).isNotBlank());
    }
}
