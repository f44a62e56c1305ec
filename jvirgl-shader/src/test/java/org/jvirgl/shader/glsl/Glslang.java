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

    /** The limits file, written once per test JVM (a compiler start costs a second on a busy machine). */
    private static Path limitsFile;

    /**
     * glslang's built-in limits are the GL minimums (one atomic counter binding, none in
     * vertex stages); the hosts we target (llvmpipe) allow more, so raise those limits.
     */
    private static synchronized Path config() throws IOException, InterruptedException {
        if (limitsFile == null) {
            limitsFile = writeConfig();
            limitsFile.toFile().deleteOnExit();
        }
        return limitsFile;
    }

    private static Path writeConfig() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(BINARY, "-c").redirectErrorStream(true).start();
        String defaults = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        StringBuilder conf = new StringBuilder();
        for (String line : defaults.split("\n")) {
            String[] kv = line.trim().split("\\s+");
            if (kv.length == 2 && kv[0].contains("AtomicCounter") && !kv[0].contains("BufferSize")) {
                conf.append(kv[0]).append(' ').append(Math.max(8, Integer.parseInt(kv[1]))).append('\n');
            } else {
                conf.append(line).append('\n');
            }
        }
        Path file = Files.createTempFile("jvirgl-limits-", ".conf");
        Files.writeString(file, conf.toString(), StandardCharsets.UTF_8);
        return file;
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

    private static final java.util.Map<String, Boolean> KNOWN_EXTENSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Whether this glslangValidator accepts {@code #extension <name> : require} in GLSL ES 3.20.
     * glslang 12 lacks a few ES extensions Mesa has (GL_EXT_clip_cull_distance,
     * GL_EXT_texture_query_lod, GL_EXT_texture_shadow_lod, GL_OES_viewport_array): shaders
     * needing those cannot be checked with it.
     */
    static boolean knowsEsExtension(String name) {
        probeEsExtensions(java.util.List.of(name));
        return KNOWN_EXTENSIONS.get(name);
    }

    /** Probes the names not probed yet with one compiler run. */
    static synchronized void probeEsExtensions(java.util.Collection<String> names) {
        java.util.List<Unit> probes = new java.util.ArrayList<>();
        for (String n : new java.util.TreeSet<>(names)) {
            if (!KNOWN_EXTENSIONS.containsKey(n)) {
                probes.add(new Unit(n, ShaderStage.FRAGMENT, "#version 320 es\n#extension " + n + " : require\nvoid main() {}\n"));
            }
        }
        if (probes.isEmpty()) {
            return;
        }
        java.util.Map<String, String> errors;
        try {
            errors = compileAll(probes);
        } catch (IOException e) {
            errors = java.util.Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors = java.util.Map.of();
        }
        for (Unit u : probes) {
            KNOWN_EXTENSIONS.put(u.name(), errors.containsKey(u.name()) && errors.get(u.name()) == null);
        }
    }

    /** One shader to compile in a batch. */
    record Unit(String name, ShaderStage stage, String glsl) {
    }

    /**
     * Compiles many shaders with one compiler process (its start-up dominates on a busy
     * machine). Returns, per unit name, null on success or the compiler's messages.
     */
    static java.util.Map<String, String> compileAll(java.util.List<Unit> units) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("jvirgl-glsl-");
        java.util.Map<String, String> byPath = new java.util.HashMap<>();
        Path limits = config();
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(BINARY, limits.toString()));
        try {
            for (int i = 0; i < units.size(); i++) {
                Unit u = units.get(i);
                Path file = dir.resolve("s" + i + "." + extension(u.stage()));
                Files.writeString(file, u.glsl(), StandardCharsets.UTF_8);
                byPath.put(file.toString(), u.name());
                command.add(file.toString());
            }
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("glslangValidator timed out");
            }
            java.util.Map<String, String> result = new java.util.HashMap<>();
            for (Unit u : units) {
                result.put(u.name(), null);
            }
            String current = null;
            for (String line : out.split("\n")) {
                if (byPath.containsKey(line.trim())) {
                    current = byPath.get(line.trim());
                } else if (current != null && line.contains("ERROR")) {
                    result.merge(current, line + "\n", String::concat);
                }
            }
            return result;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Compiles and links one program's stages; returns null on success, else the messages. */
    static String link(java.util.List<Unit> stages) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("jvirgl-link-");
        Path limits = config();
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(BINARY, "-l", limits.toString()));
        try {
            for (Unit u : stages) {
                Path file = dir.resolve(u.name() + "." + extension(u.stage()));
                Files.writeString(file, u.glsl(), StandardCharsets.UTF_8);
                command.add(file.toString());
            }
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "glslangValidator timed out";
            }
            return p.exitValue() == 0 ? null : out;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Compiles {@code glsl}; returns null on success, else the compiler's messages. */
    static String compile(ShaderStage stage, String glsl) throws IOException, InterruptedException {
        Path file = Files.createTempFile("jvirgl-", "." + extension(stage));
        Path limits = config();
        try {
            Files.writeString(file, glsl, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(BINARY, limits.toString(), file.toString()).redirectErrorStream(true).start();
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
