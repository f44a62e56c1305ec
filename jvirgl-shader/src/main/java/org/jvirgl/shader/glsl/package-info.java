/** TGSI IR → GLSL translation with shader variant keys. */
package org.jvirgl.shader.glsl;
