package org.steward.users.internal;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.DefaultTokenResolver;
import io.micronaut.security.token.reader.TokenReader;
import io.micronaut.security.token.reader.TokenResolver;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Finds a request's token as Micronaut does (the {@code Authorization: Bearer} header, else the session cookie), but
 * never a signed-out one: a request carrying a token from {@link TokenDenylist} is treated as carrying none, so it
 * gets 401 however it presents the token. Sits in front of the token validators, so they need not know.
 */
@Singleton
@Replaces(DefaultTokenResolver.class)
class RevocationAwareTokenResolver implements TokenResolver<HttpRequest<?>> {

    private final DefaultTokenResolver readers;
    private final TokenDenylist denylist;

    RevocationAwareTokenResolver(Collection<TokenReader<HttpRequest<?>>> readers, TokenDenylist denylist) {
        this.readers = new DefaultTokenResolver(readers);
        this.denylist = denylist;
    }

    @Override
    public Optional<String> resolveToken(HttpRequest<?> request) {
        return readers.resolveToken(request).filter(token -> !denylist.isRevoked(token));
    }

    @Override
    public List<String> resolveTokens(HttpRequest<?> request) {
        return readers.resolveTokens(request).stream()
                .filter(token -> !denylist.isRevoked(token))
                .toList();
    }
}
