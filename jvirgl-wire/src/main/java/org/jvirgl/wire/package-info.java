/**
 * The VirGL command stream, GL-free: opcodes ({@link org.jvirgl.wire.VirglCcmd}), the
 * bounds-checked {@link org.jvirgl.wire.VirglDecoder} and the
 * {@link org.jvirgl.wire.VirglCommandListener} it drives.
 *
 * <h2>How the pieces fit</h2>
 * <ul>
 *   <li>One decoder per context (it keeps partially received shaders and the current
 *       sub-context across submits); {@code decode(MemorySegment)} per submitted buffer.</li>
 *   <li>The decoder validates lengths, counts ({@link org.jvirgl.wire.WireLimits}), stages,
 *       slot ranges, formats and enum ranges, then calls one listener method per command.
 *       Hot commands get reused flyweight views (valid only during the call); rare ones
 *       get immutable records from {@code org.jvirgl.wire.state}.</li>
 *   <li>Errors are values: the decoder returns a {@link org.jvirgl.wire.Refusal} naming the
 *       command, its dword offset and the failing field; an executor reports semantic
 *       failures through the {@link org.jvirgl.wire.CommandErrors} it received in
 *       {@code beginBatch}, and the batch stops after that command. Nothing is thrown at
 *       the caller, even if a listener throws.</li>
 * </ul>
 */
package org.jvirgl.wire;
