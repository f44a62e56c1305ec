package org.jvirgl.shader.tgsi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The TGSI texts under {@code src/test/resources/tgsi/} (hand-written and captured). */
public final class Corpus {
    private Corpus() {
    }

    public static Path directory() {
        try {
            return Path.of(Corpus.class.getResource("/tgsi").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every {@code .tgsi} file, sorted by path. */
    public static List<Path> files() {
        try (Stream<Path> s = Files.walk(directory())) {
            return s.filter(p -> p.toString().endsWith(".tgsi")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(String name) {
        return read(directory().resolve(name));
    }
}
