package org.jvirgl.bench.shader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.stream.Stream;

import org.jvirgl.shader.glsl.ShaderKey;
import org.jvirgl.shader.tgsi.ShaderStage;

/**
 * The TGSI corpus of jvirgl-shader's tests (hand-written shaders and shaders captured from
 * Mesa 22.3 virpipe), packaged with the benchmarks from that module's source tree.
 */
final class ShaderCorpus {
    private static final String ROOT = "tgsi";

    private ShaderCorpus() {
    }

    /** One corpus file's text, by its path under {@code tgsi/} (e.g. {@code captured-mesa22.3/fs-0275a54548.tgsi}). */
    static String read(String name) {
        String text = all().get(name);
        if (text == null) {
            throw new IllegalStateException("no corpus shader " + name);
        }
        return text;
    }

    /** Every {@code .tgsi} file by relative path, sorted. Works from a class directory and from the shaded jar. */
    static SequencedMap<String, String> all() {
        URL url = ShaderCorpus.class.getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("the TGSI corpus is not on the class path");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return readTree(jar.provider().getPath(uri));
                }
            }
            return readTree(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plausible key for a shader of {@code stage} in a plain pipeline (as the corpus translation test uses). */
    static ShaderKey keyFor(ShaderStage stage) {
        ShaderKey.Builder key = new ShaderKey.Builder();
        if (stage == ShaderStage.TESS_EVAL) {
            key.previousStage(ShaderStage.TESS_CTRL);
        }
        return key.build();
    }

    private static SequencedMap<String, String> readTree(Path root) throws IOException {
        SequencedMap<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".tgsi")).sorted().toList()) {
                texts.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }
}
