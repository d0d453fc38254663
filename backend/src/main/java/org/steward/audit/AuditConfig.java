package org.steward.audit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code app.audit}: with {@code known-types-only}, recording an entity type that no module declares through
 * {@link AuditSubjects} fails instead of logging a warning (on in the tests, so a new type cannot be forgotten).
 */
@ConfigurationProperties("app.audit")
public record AuditConfig(@Bindable(defaultValue = "false") boolean knownTypesOnly) {}
