package org.jvirgl.api;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/** Builds a {@link VirglRenderer}; lets a log callback be in place before initialisation logs anything. */
public final class RendererBuilder {
    Object cookie;
    Set<RendererFlag> flags = EnumSet.noneOf(RendererFlag.class);
    RendererCallbacks callbacks;
    LogCallback logCallback;
    Object logUserData;
    Consumer<Object> logRelease;

    RendererBuilder() {
    }

    public RendererBuilder cookie(Object cookie) {
        this.cookie = cookie;
        return this;
    }

    public RendererBuilder flags(Set<RendererFlag> flags) {
        this.flags = flags.isEmpty() ? EnumSet.noneOf(RendererFlag.class) : EnumSet.copyOf(flags);
        return this;
    }

    public RendererBuilder callbacks(RendererCallbacks callbacks) {
        this.callbacks = callbacks;
        return this;
    }

    public RendererBuilder log(LogCallback callback, Object userData, Consumer<Object> release) {
        this.logCallback = callback;
        this.logUserData = userData;
        this.logRelease = release;
        return this;
    }

    /** Initialises the renderer on the calling thread, which becomes its owner. */
    public VirglRenderer build() {
        if (callbacks == null) {
            throw new VirglException(-1, "callbacks are required");
        }
        if (cookie == null) {
            throw new VirglException(-1, "a cookie is required");
        }
        Objects.requireNonNull(flags);
        return org.jvirgl.core.RendererCore.create(this);
    }

    public Object cookie() {
        return cookie;
    }

    public Set<RendererFlag> flags() {
        return EnumSet.copyOf(flags.isEmpty() ? EnumSet.noneOf(RendererFlag.class) : flags);
    }

    public RendererCallbacks callbacks() {
        return callbacks;
    }

    public LogCallback logCallback() {
        return logCallback;
    }

    public Object logUserData() {
        return logUserData;
    }

    public Consumer<Object> logRelease() {
        return logRelease;
    }
}
