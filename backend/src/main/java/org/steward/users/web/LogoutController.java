package org.steward.users.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.reader.TokenResolver;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.steward.users.internal.TokenDenylist;

/**
 * {@code POST /api/logout} ends the session it is called with: the token (from the session cookie or the bearer
 * header) is refused from now on, on every instance, and the session cookies are cleared. Open to anyone, so a page
 * whose session already ended can still clear its cookies; only a valid token is recorded.
 */
@Controller("/api/logout")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Users")
public class LogoutController {

    private final TokenResolver<HttpRequest<?>> tokens;
    private final TokenDenylist denylist;
    private final SessionCookies cookies;

    LogoutController(TokenResolver<HttpRequest<?>> tokens, TokenDenylist denylist, SessionCookies cookies) {
        this.tokens = tokens;
        this.denylist = denylist;
        this.cookies = cookies;
    }

    @Post
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Sign out: the token stops working and the session cookies are cleared")
    public MutableHttpResponse<?> logout(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication != null) {
            tokens.resolveToken(request).ifPresent(token -> denylist.revoke(token, authentication.getName()));
        }
        MutableHttpResponse<?> response = HttpResponse.noContent();
        cookies.end(request, response);
        return response;
    }
}
