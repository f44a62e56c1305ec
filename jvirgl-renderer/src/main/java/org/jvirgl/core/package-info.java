/**
 * The renderer core: everything between the public API ({@code org.jvirgl.api}) and the capset
 * backends ({@code org.jvirgl.spi}).
 *
 * <ul>
 * <li>{@link org.jvirgl.core.RendererCore} — one renderer instance: lifecycle, owner-thread
 *     confinement, capset routing, the context table, fences. No static mutable state.</li>
 * <li>{@link org.jvirgl.core.Backends} — providers found by {@link java.util.ServiceLoader};
 *     a flag is accepted only if the core or some provider honours it.</li>
 * <li>{@link org.jvirgl.core.ResourceOps} with {@link org.jvirgl.core.ResourceRules} and
 *     {@link org.jvirgl.core.TransferRules} — the resource table and upstream's
 *     {@code check_resource_valid} / {@code check_transfer_bounds} / {@code check_iov_bounds};
 *     format block sizes come from the backend ({@code Backend.formatBlock}) so this module
 *     does not depend on the wire module's format table.</li>
 * <li>{@link org.jvirgl.core.FenceTimelines} and {@link org.jvirgl.core.SyncThreads} — per
 *     timeline fence queues, the merge rule, and THREAD_SYNC sync threads waking an eventfd.</li>
 * <li>{@link org.jvirgl.core.ExecuteRequests} — {@code virgl_renderer_execute}.</li>
 * </ul>
 */
package org.jvirgl.core;
