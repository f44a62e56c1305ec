/** VirGL command-stream protocol facts and the bounds-checked decoder. */
package org.jvirgl.wire;
