package org.jvirgl.shader.glsl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jvirgl.shader.tgsi.ShaderStage;

/** Runs the host's reference compiler, {@code glslangValidator}, on generated GLSL. */
final class Glslang {
    private static final String BINARY = "glslangValidator";

    private Glslang() {
    }

    static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, BINARY))) {
                return true;
            }
        }
        return false;
    }

    static String extension(ShaderStage stage) {
        return switch (stage) {
            case VERTEX -> "vert";
            case FRAGMENT -> "frag";
            case GEOMETRY -> "geom";
            case TESS_CTRL -> "tesc";
            case TESS_EVAL -> "tese";
            case COMPUTE -> "comp";
        };
    }

    /** Compiles {@code glsl}; returns null on success, else the compiler's messages. */
    static String compile(ShaderStage stage, String glsl) throws IOException, InterruptedException {
        Path file = Files.createTempFile("jvirgl-", "." + extension(stage));
        try {
            Files.writeString(file, glsl, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(BINARY, file.toString()).redirectErrorStream(true).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "glslangValidator timed out";
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.exitValue() == 0 ? null : out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
