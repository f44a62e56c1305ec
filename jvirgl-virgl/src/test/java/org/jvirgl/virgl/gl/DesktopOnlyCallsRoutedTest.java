package org.jvirgl.virgl.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * On a GLES host a desktop-only entry point raises a GL error at best and, for one LWJGL never
 * loaded, aborts the JVM; so every such call in the renderer must go through this package's
 * call classes. This scans the renderer's sources for direct calls.
 */
class DesktopOnlyCallsRoutedTest {

    private static final Path SOURCES = Path.of("src/main/java/org/jvirgl/virgl");

    /** Direct state access and the other desktop-only families, by name. */
    private static final Pattern DESKTOP_ONLY = Pattern.compile(
            "n?gl(Create(Buffers|Textures|Framebuffers|Renderbuffers|VertexArrays|Queries|Samplers|TransformFeedbacks|ProgramPipelines)|Named\\w+|Texture(Storage|Parameter|SubImage|BufferRange|Barrier|View)\\w*"
            + "|CompressedTextureSubImage\\w*|GetTexture\\w+|GetCompressedTexture\\w+|VertexArray\\w+"
            + "|(Enable|Disable)VertexArrayAttrib|GetNamedBuffer\\w*|CopyNamedBuffer\\w*|BlitNamedFramebuffer"
            + "|CheckNamedFramebufferStatus|BindTextureUnit|GetQueryBufferObject\\w+|PolygonMode|LogicOp"
            + "|ProvokingVertex|PointSize|PointParameter\\w+|PatchParameterfv|PrimitiveRestartIndex|DepthRange"
            + "|DepthRangeIndexed|DrawBuffer|GetTexImage|GetBufferSubData|MultiDraw(Arrays|Elements)Indirect"
            + "|(Begin|End)QueryIndexed|ShaderStorageBlockBinding|GetQueryObjectui64v"
            + "|DrawArraysInstancedBaseInstance|DrawElementsInstancedBaseVertexBaseInstance)");

    private static final Pattern CALL = Pattern.compile("(?<![\\w.])(n?gl[A-Z]\\w*)\\s*\\(");
    private static final Pattern QUALIFIED_LWJGL = Pattern.compile("org\\.lwjgl\\.opengl\\.\\w+\\.(n?gl[A-Z]\\w*)\\s*\\(");
    private static final Pattern ROUTED_IMPORT = Pattern.compile("import static org\\.jvirgl\\.virgl\\.gl\\.\\w+\\.(n?gl\\w+);");

    /** Names that read like DSA but are the renderer's own helpers, not GL entry points. */
    private static final Set<String> OWN_HELPERS = Set.of("glTextureName");

    @Test
    void everyDesktopOnlyCallInTheRendererIsRoutedThroughTheGlPackage() throws IOException {
        List<String> direct = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (file.startsWith(SOURCES.resolve("gl")) || file.startsWith(SOURCES.resolve("winsys"))) {
                    continue;
                }
                String src = Files.readString(file);
                Set<String> routed = new java.util.HashSet<>();
                Matcher imports = ROUTED_IMPORT.matcher(src);
                while (imports.find()) {
                    routed.add(imports.group(1));
                }
                Matcher calls = CALL.matcher(src);
                while (calls.find()) {
                    String name = calls.group(1);
                    if (DESKTOP_ONLY.matcher(name).matches() && !routed.contains(name) && !OWN_HELPERS.contains(name)
                            && !declares(src, name)) {
                        direct.add(SOURCES.relativize(file) + ": " + name);
                    }
                }
                Matcher qualified = QUALIFIED_LWJGL.matcher(src);
                while (qualified.find()) {
                    if (DESKTOP_ONLY.matcher(qualified.group(1)).matches()) {
                        direct.add(SOURCES.relativize(file) + ": qualified " + qualified.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), direct, "desktop-only GL calls not routed through org.jvirgl.virgl.gl");
    }

    @Test
    void theScanSeesTheRenderer() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            assertTrue(files.filter(p -> p.toString().endsWith(".java")).count() > 50, "sources found");
        }
        assertTrue(DESKTOP_ONLY.matcher("glNamedFramebufferTexture").matches());
        assertTrue(!DESKTOP_ONLY.matcher("glBindTexture").matches());
    }

    private static boolean declares(String src, String name) {
        return Pattern.compile("\\b(static|private|public|protected)\\b[^;{=]*\\b" + name + "\\s*\\(").matcher(src).find();
    }
}
