/**
 * Host capabilities probed once per backend ({@link org.jvirgl.virgl.caps.HostCaps}) and the
 * VIRGL/VIRGL2 capsets filled from them.
 */
package org.jvirgl.virgl.caps;
