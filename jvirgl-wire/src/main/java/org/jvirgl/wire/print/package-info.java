/** A disassembler for VirGL command streams: one text line per decoded command. */
package org.jvirgl.wire.print;
