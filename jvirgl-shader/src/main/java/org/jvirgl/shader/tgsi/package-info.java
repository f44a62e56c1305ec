/**
 * TGSI text parser, typed IR and printer.
 *
 * <p>{@link org.jvirgl.shader.tgsi.TgsiParser#parse} reads the text Mesa's virgl driver sends
 * (the grammar of {@code tgsi_text.c}) into a {@link org.jvirgl.shader.tgsi.TgsiShader} of
 * records; {@link org.jvirgl.shader.tgsi.TgsiPrinter#print} writes it back in
 * {@code tgsi_dump} style. {@link org.jvirgl.shader.tgsi.Opcode} carries each opcode's operand
 * counts, channel behaviour, value types and trailing operands as data.
 * {@link org.jvirgl.shader.tgsi.TgsiParseException} is the only exception the parser throws;
 * text size, statement count and every index are bounded.
 */
package org.jvirgl.shader.tgsi;
