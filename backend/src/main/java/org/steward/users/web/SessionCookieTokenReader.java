package org.steward.users.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads the web page's access token from its session cookie. Micronaut's own cookie reader is active only in its
 * cookie authentication mode; Steward stays in bearer mode for API clients and adds this reader, ordered after the
 * bearer header, so a request with both is judged by its {@code Authorization} header.
 */
@Singleton
class SessionCookieTokenReader implements TokenReader<HttpRequest<?>> {

    private final SessionCookies cookies;

    SessionCookieTokenReader(SessionCookies cookies) {
        this.cookies = cookies;
    }

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return cookies.sessionToken(request);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
