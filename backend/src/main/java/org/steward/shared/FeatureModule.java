package org.steward.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a package as the root of a feature module. {@code ArchitectureTest} checks that a module uses only the
 * modules it names in {@link #allowedDependencies()}, and only through their {@link #exposedPackages()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface FeatureModule {

    String name();

    /** Names of the modules this one may use. */
    String[] allowedDependencies() default {};

    /** Package patterns (ArchUnit syntax) other modules may use. */
    String[] exposedPackages() default {};
}
