package org.steward.users.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * The web page's session: the access token in the httpOnly cookie {@code STEWARD_SESSION} (read back by
 * {@link SessionCookieTokenReader}) and beside it a readable {@code XSRF-TOKEN} cookie whose value
 * the page echoes in {@code X-XSRF-TOKEN} on state-changing requests. That value is derived from the session token,
 * so it cannot be forged without the token and ends with it. Both cookies are {@code SameSite=Strict}, {@code Path=/},
 * browser-session cookies, and {@code Secure} when the request came over HTTPS or {@code app.users.secure-cookies} is
 * true (docs/adr/0009-browser-session-cookie.md).
 */
@Singleton
public class SessionCookies {

    public static final String XSRF_COOKIE = "XSRF-TOKEN";
    public static final String XSRF_HEADER = "X-XSRF-TOKEN";
    /** The sign-in asks for a cookie session with this header and value; without it the answer is a bearer token. */
    public static final String MODE_HEADER = "X-Steward-Session";

    public static final String MODE_COOKIE = "cookie";

    public static final String SESSION_COOKIE = "STEWARD_SESSION";

    private final String secure;

    SessionCookies(@Value("${app.users.secure-cookies:auto}") String secure) {
        this.secure = secure;
    }

    /** The session cookie's value (the access token), if the request has one. */
    public Optional<String> sessionToken(HttpRequest<?> request) {
        return request.getCookies()
                .findCookie(SESSION_COOKIE)
                .map(Cookie::getValue)
                .filter(v -> !v.isEmpty());
    }

    /** Sets both cookies for a session with this access token. */
    public void start(HttpRequest<?> request, MutableHttpResponse<?> response, String accessToken) {
        response.cookie(cookie(request, SESSION_COOKIE, accessToken, true));
        response.cookie(cookie(request, XSRF_COOKIE, xsrfValue(accessToken), false));
    }

    /** Tells the browser to drop both cookies. */
    public void end(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.cookie(cookie(request, SESSION_COOKIE, "", true).maxAge(0));
        response.cookie(cookie(request, XSRF_COOKIE, "", false).maxAge(0));
    }

    /** The value a page must send in {@link #XSRF_HEADER} with this session token. */
    public static String xsrfValue(String accessToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("steward-xsrf:" + accessToken).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Constant-time check of the header a request sent against its session token. */
    public static boolean xsrfMatches(String accessToken, String header) {
        if (header == null) {
            return false;
        }
        return MessageDigest.isEqual(
                xsrfValue(accessToken).getBytes(StandardCharsets.US_ASCII), header.getBytes(StandardCharsets.US_ASCII));
    }

    private Cookie cookie(HttpRequest<?> request, String name, String value, boolean httpOnly) {
        return Cookie.of(name, value)
                .path("/")
                .httpOnly(httpOnly)
                .sameSite(SameSite.Strict)
                .secure(isSecure(request));
    }

    private boolean isSecure(HttpRequest<?> request) {
        return switch (secure.toLowerCase()) {
            case "true", "always" -> true;
            case "false", "never" -> false;
            default -> request.isSecure();
        };
    }
}
