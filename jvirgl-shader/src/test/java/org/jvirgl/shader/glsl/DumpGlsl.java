package org.jvirgl.shader.glsl;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jvirgl.shader.tgsi.TgsiParser;
import org.jvirgl.shader.tgsi.TgsiShader;

/**
 * Debugging aid: prints the GLSL and reflection for a {@code .tgsi} file with the corpus key.
 * Run with the test classpath: {@code java -cp ... org.jvirgl.shader.glsl.DumpGlsl file.tgsi}.
 */
public final class DumpGlsl {
    private DumpGlsl() {
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            TgsiShader shader = TgsiParser.parse(Files.readString(Path.of(arg)));
            TranslatedShader out = GlslTranslator.translate(shader, CorpusTranslationTest.keyFor(shader.stage()),
                    HostProfile.LLVMPIPE_CORE);
            System.out.println("// " + arg);
            System.out.println(out.glsl());
            System.out.println("// " + out.info());
        }
    }
}
