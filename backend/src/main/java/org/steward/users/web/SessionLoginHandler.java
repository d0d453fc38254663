package org.steward.users.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.bearer.AccessRefreshTokenLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.BearerAccessRefreshToken;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;

/**
 * {@code POST /api/login} answers API clients with the bearer token as before. The web page adds
 * {@code X-Steward-Session: cookie}: it gets the token as an httpOnly session cookie (with the {@code XSRF-TOKEN}
 * cookie) and a body without the token, so no page script can read it.
 */
@Singleton
@Replaces(AccessRefreshTokenLoginHandler.class)
class SessionLoginHandler extends AccessRefreshTokenLoginHandler {

    /** The sign-in's answer in cookie mode: who signed in, and for how long, but not the token. */
    @Serdeable
    record CookieSessionResponse(String username, List<String> roles, @JsonProperty("expires_in") Integer expiresIn) {}

    private final SessionCookies cookies;

    SessionLoginHandler(AccessRefreshTokenGenerator tokens, SessionCookies cookies) {
        super(tokens);
        this.cookies = cookies;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        MutableHttpResponse<?> response = super.loginSuccess(authentication, request);
        boolean cookieMode =
                SessionCookies.MODE_COOKIE.equalsIgnoreCase(request.getHeaders().get(SessionCookies.MODE_HEADER));
        if (!cookieMode || !(response.body() instanceof BearerAccessRefreshToken token)) {
            return response;
        }
        cookies.start(request, response, token.getAccessToken());
        Collection<String> roles = token.getRoles() == null ? List.of() : token.getRoles();
        return response.body(new CookieSessionResponse(token.getUsername(), List.copyOf(roles), token.getExpiresIn()));
    }
}
