package org.steward.users.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.steward.shared.persistence.AuditedEntity;
import org.steward.users.UserView;

@MappedEntity("users")
public class User extends AuditedEntity {

    @Id
    private UUID id;

    private String username;
    private String displayName;

    @Nullable
    private String email;

    private String passwordHash;

    @TypeDef(type = DataType.STRING, converter = RoleSetConverter.class)
    private Set<String> roles = new TreeSet<>();

    private boolean enabled;
    private Instant tokensValidAfter;
    private int sessionGeneration;

    @Nullable
    private String keptSessionId;

    @Nullable
    private Instant lastLoginAt;

    public UserView view() {
        return new UserView(
                id, username, displayName, email, new ArrayList<>(roles), enabled, getCreatedAt(), lastLoginAt);
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = new TreeSet<>(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getTokensValidAfter() {
        return tokensValidAfter;
    }

    public void setTokensValidAfter(Instant tokensValidAfter) {
        this.tokensValidAfter = tokensValidAfter;
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    public void setSessionGeneration(int sessionGeneration) {
        this.sessionGeneration = sessionGeneration;
    }

    public String getKeptSessionId() {
        return keptSessionId;
    }

    public void setKeptSessionId(String keptSessionId) {
        this.keptSessionId = keptSessionId;
    }

    /** Every token issued so far stops working (checked on each request: docs/adr/0006). */
    public void endSessions(Instant now) {
        sessionGeneration++;
        keptSessionId = null;
        tokensValidAfter = now;
    }

    /** Every token issued so far stops working except those of one sign-in, e.g. the one changing the password. */
    public void endSessionsExcept(@Nullable String sessionId, Instant now) {
        endSessions(now);
        keptSessionId = sessionId;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public void setLastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }
}
