package org.jvirgl.core;

/**
 * The process environment as the core reads it (VIRGL_DISABLE_MT …). Injected rather than
 * read from {@link System#getenv} directly, so tests can vary it per renderer instance.
 */
@FunctionalInterface
public interface Environment {
    /** The variable's value, or null if unset. */
    String get(String name);

    /** The real process environment. */
    Environment SYSTEM = System::getenv;
}
