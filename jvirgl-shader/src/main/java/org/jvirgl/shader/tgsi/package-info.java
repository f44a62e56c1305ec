/** TGSI text parser, typed IR and printer. */
package org.jvirgl.shader.tgsi;
