package org.steward.users.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import java.util.Set;
import org.steward.users.CsrfFailedException;

/**
 * Double-submit CSRF check for the web page's cookie session: a POST, PUT, PATCH or DELETE under {@code /api/} that
 * carries the session cookie and no {@code Authorization} header must send {@code X-XSRF-TOKEN} with the value of
 * the {@code XSRF-TOKEN} cookie (derived from the session token, {@link SessionCookies#xsrfValue}), else 403
 * {@code auth.csrf-failed}. Another site's page can make the browser send the cookie but cannot read it to set the
 * header. Bearer-token clients are not affected: a browser never adds their header on its own. Runs before the
 * security filter, so nothing of such a request is handled.
 */
@ServerFilter("/api/**")
class CsrfFilter implements Ordered {

    private static final Set<HttpMethod> STATE_CHANGING =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final String LOGIN_PATH = "/api/login";

    private final SessionCookies cookies;
    private final ErrorResponseProcessor<?> problems;

    CsrfFilter(SessionCookies cookies, ErrorResponseProcessor<?> problems) {
        this.cookies = cookies;
        this.problems = problems;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (!STATE_CHANGING.contains(request.getMethod())
                || LOGIN_PATH.equals(request.getPath())
                || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return null;
        }
        String session = cookies.sessionToken(request).orElse(null);
        if (session == null
                || SessionCookies.xsrfMatches(session, request.getHeaders().get(SessionCookies.XSRF_HEADER))) {
            return null;
        }
        return problems.processResponse(
                ErrorContext.builder(request).cause(new CsrfFailedException()).build(),
                HttpResponse.status(HttpStatus.FORBIDDEN));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
