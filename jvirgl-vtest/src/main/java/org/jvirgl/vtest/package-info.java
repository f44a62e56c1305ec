/**
 * {@code jvirgl vtest}: a drop-in replacement for virglrenderer's {@code virgl_test_server}, so
 * Mesa's {@code virpipe} driver can run GL programs against jvirgl without a VM.
 *
 * <p>Layers, each usable and tested alone:
 * <ul>
 *   <li>{@code unix}: the FFM layer for what the JDK cannot do (SCM_RIGHTS descriptor passing,
 *       poll, eventfd) over plain int descriptors;</li>
 *   <li>{@code protocol}: the wire format: command ids, the framing state machine that turns any
 *       cut of the byte stream into whole requests, and the request records;</li>
 *   <li>{@code session}: one client: its protocol version, its own renderer instance (a client
 *       of the public {@code org.jvirgl.api} only), resources and their shared memory, implicit
 *       fences, sync objects, and one handler per command family;</li>
 *   <li>{@code server}: the listening socket, accept loop, client threads, replay and
 *       recording, and shutdown;</li>
 *   <li>{@code cli}: the {@code jvirgl} command line.</li>
 * </ul>
 *
 * <p>The one rule everything follows: a client's bad request is consumed whole, logged and
 * answered (with a refusal value where the protocol has a reply), never by closing the
 * connection, because Mesa's client aborts the application on a closed socket.
 */
package org.jvirgl.vtest;
