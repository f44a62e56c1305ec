package org.jvirgl.shader.glsl;

import org.jvirgl.shader.tgsi.Semantic;
import org.jvirgl.shader.tgsi.SemanticRef;
import org.jvirgl.shader.tgsi.ShaderStage;

/** The GLSL names the conventions in {@link TranslatedShader} promise, in one place. */
final class Names {
    static final String TEMPS = "temps";
    static final String ADDRS = "addrs";
    static final String IMMS = "imms";
    static final String INPUTS = "inputs";
    static final String OUTPUTS = "outputs";
    static final String SYSVALS = "sysvals";
    static final String STORE_OUTPUTS = "store_outputs";

    private Names() {
    }

    static String constants(ShaderStage s) {
        return s.glslPrefix() + "const0";
    }

    static String ubo(ShaderStage s, int slot) {
        return s.glslPrefix() + "ubo" + slot;
    }

    static String uboData(ShaderStage s, int slot) {
        return ubo(s, slot) + "data";
    }

    static String sampler(ShaderStage s, int slot) {
        return s.glslPrefix() + "samp" + slot;
    }

    static String shadowSwizzle(ShaderStage s, int slot) {
        return s.glslPrefix() + "shadswz" + slot;
    }

    static String textureLevels(ShaderStage s, int slot) {
        return s.glslPrefix() + "texlevels" + slot;
    }

    static String image(ShaderStage s, int slot) {
        return s.glslPrefix() + "img" + slot;
    }

    static String ssbo(ShaderStage s, int slot) {
        return s.glslPrefix() + "ssbo" + slot;
    }

    static String ssboData(ShaderStage s, int slot) {
        return ssbo(s, slot) + "data";
    }

    static String shared(ShaderStage s) {
        return s.glslPrefix() + "shared";
    }

    static String atomicCounter(ShaderStage s, int binding, int first) {
        return s.glslPrefix() + "ac" + binding + "_" + first;
    }

    static String vertexAttrib(int location) {
        return "vsin" + location;
    }

    static String fragmentOutput(int location) {
        return "fsout_c" + location;
    }

    static String streamOutput(ShaderStage s, int k) {
        return s.glslPrefix() + "so" + k;
    }

    /** The varying suffix of a semantic, or null when it is not a user varying. */
    static String varyingTag(SemanticRef sem) {
        int i = sem.index();
        return switch (sem.name()) {
            case GENERIC -> "g" + i;
            case TEXCOORD -> "t" + i;
            case COLOR -> "c" + i;
            case BCOLOR -> "bc" + i;
            case FOG -> "fog";
            case PATCH -> "p" + i;
            case NORMAL -> "nrm" + i;
            default -> null;
        };
    }

    /**
     * The explicit location of a GENERIC varying: its index, below the 32 varying slots every
     * host has. Mesa's linker cannot place 32 implicitly located vec4 varyings (piglit
     * varying-packing fills them all), while explicitly located ones fit; both sides of every
     * stage boundary use the same rule, so names and locations agree. Other varyings stay implicit.
     */
    static String genericLocation(SemanticRef sem) {
        return sem.name() == Semantic.GENERIC && sem.index() >= 0 && sem.index() < GENERIC_LOCATIONS
                ? "location = " + sem.index() : null;
    }

    static final int GENERIC_LOCATIONS = 32;

    /** {@code layout(a, b) } from the non-null qualifiers, or "" when there are none. */
    static String layout(String... qualifiers) {
        StringBuilder sb = new StringBuilder();
        for (String q : qualifiers) {
            if (q != null) {
                sb.append(sb.isEmpty() ? "layout(" : ", ").append(q);
            }
        }
        return sb.isEmpty() ? "" : sb.append(") ").toString();
    }

    /** {@code <producer prefix>o_<tag>}, e.g. vso_g3. */
    static String varying(ShaderStage producer, SemanticRef sem) {
        String tag = varyingTag(sem);
        return tag == null ? null : producer.glslPrefix() + "o_" + tag;
    }
}
