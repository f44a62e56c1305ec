package org.jvirgl.shader.tgsi;

import java.util.List;
import java.util.OptionalInt;

/** A parsed TGSI shader: the typed IR every later step works on. Immutable. */
public record TgsiShader(ShaderStage stage, List<Property> properties, List<Declaration> declarations,
                         List<Immediate> immediates, List<Instruction> instructions) {
    public TgsiShader {
        if (stage == null) {
            throw new IllegalArgumentException("shader without stage");
        }
        properties = List.copyOf(properties);
        declarations = List.copyOf(declarations);
        immediates = List.copyOf(immediates);
        instructions = List.copyOf(instructions);
    }

    /** The value of the last {@code PROPERTY name} line, if any. */
    public OptionalInt property(PropertyName name) {
        OptionalInt found = OptionalInt.empty();
        for (Property p : properties) {
            if (p.name() == name) {
                found = OptionalInt.of(p.value());
            }
        }
        return found;
    }
}
