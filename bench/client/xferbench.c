/*
 * xferbench: transfer throughput of the current GL driver, for bench/run.
 *
 * Creates a surfaceless EGL desktop-GL 3.3 core context (so it runs natively on llvmpipe or,
 * with GALLIUM_DRIVER=virpipe, through a vtest server) and times texture uploads, pixel
 * readbacks and buffer uploads. Each case runs for a fixed wall time after a warm-up and
 * prints one line:  xfer <case> <value> <unit>
 * A readback check guards against timing a server that answers without doing the work.
 *
 * Only EGL's header is used; the few GL entry points are declared here so the program
 * builds with libegl-dev + libopengl-dev and no GL headers.
 */
#include <EGL/egl.h>
#include <EGL/eglext.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef unsigned int GLenum, GLuint, GLbitfield;
typedef int GLint, GLsizei;
typedef unsigned char GLubyte;
typedef ptrdiff_t GLsizeiptr, GLintptr;

#define GL_TEXTURE_2D 0x0DE1
#define GL_RGBA 0x1908
#define GL_RGBA8 0x8058
#define GL_UNSIGNED_BYTE 0x1401
#define GL_TEXTURE_MIN_FILTER 0x2801
#define GL_NEAREST 0x2600
#define GL_FRAMEBUFFER 0x8D40
#define GL_COLOR_ATTACHMENT0 0x8CE0
#define GL_FRAMEBUFFER_COMPLETE 0x8CD5
#define GL_ARRAY_BUFFER 0x8892
#define GL_STREAM_DRAW 0x88E0
#define GL_PACK_ALIGNMENT 0x0D05
#define GL_UNPACK_ALIGNMENT 0x0CF5
#define GL_RENDERER 0x1F01

void glGenTextures(GLsizei n, GLuint *textures);
void glBindTexture(GLenum target, GLuint texture);
void glTexParameteri(GLenum target, GLenum pname, GLint param);
void glTexImage2D(GLenum target, GLint level, GLint internalformat, GLsizei width,
                  GLsizei height, GLint border, GLenum format, GLenum type, const void *pixels);
void glTexSubImage2D(GLenum target, GLint level, GLint xoffset, GLint yoffset, GLsizei width,
                     GLsizei height, GLenum format, GLenum type, const void *pixels);
void glReadPixels(GLint x, GLint y, GLsizei width, GLsizei height, GLenum format, GLenum type,
                  void *pixels);
void glPixelStorei(GLenum pname, GLint param);
void glGenFramebuffers(GLsizei n, GLuint *framebuffers);
void glBindFramebuffer(GLenum target, GLuint framebuffer);
void glFramebufferTexture2D(GLenum target, GLenum attachment, GLenum textarget, GLuint texture,
                            GLint level);
GLenum glCheckFramebufferStatus(GLenum target);
void glGenBuffers(GLsizei n, GLuint *buffers);
void glBindBuffer(GLenum target, GLuint buffer);
void glBufferData(GLenum target, GLsizeiptr size, const void *data, GLenum usage);
void glBufferSubData(GLenum target, GLintptr offset, GLsizeiptr size, const void *data);
void glFinish(void);
GLenum glGetError(void);
const GLubyte *glGetString(GLenum name);

#define MEASURE_SECONDS 0.6
#define MIB (1024.0 * 1024.0)

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int make_context(void)
{
    PFNEGLGETPLATFORMDISPLAYEXTPROC get_display =
        (PFNEGLGETPLATFORMDISPLAYEXTPROC)eglGetProcAddress("eglGetPlatformDisplayEXT");
    if (!get_display) {
        fprintf(stderr, "xferbench: no eglGetPlatformDisplayEXT\n");
        return 0;
    }
    EGLDisplay dpy = get_display(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, NULL);
    if (dpy == EGL_NO_DISPLAY || !eglInitialize(dpy, NULL, NULL) ||
        !eglBindAPI(EGL_OPENGL_API)) {
        fprintf(stderr, "xferbench: no surfaceless EGL display\n");
        return 0;
    }
    const EGLint attribs[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                              EGL_CONTEXT_OPENGL_PROFILE_MASK,
                              EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
    EGLContext ctx = eglCreateContext(dpy, EGL_NO_CONFIG_KHR, EGL_NO_CONTEXT, attribs);
    if (ctx == EGL_NO_CONTEXT || !eglMakeCurrent(dpy, EGL_NO_SURFACE, EGL_NO_SURFACE, ctx)) {
        fprintf(stderr, "xferbench: cannot create a GL 3.3 core context (0x%x)\n",
                eglGetError());
        return 0;
    }
    return 1;
}

/* Repeats op until MEASURE_SECONDS have passed (after one untimed call); returns op calls/s. */
static double rate(void (*op)(void *), void *arg)
{
    op(arg);
    glFinish();
    long calls = 0;
    double start = now(), elapsed;
    do {
        op(arg);
        calls++;
        if ((calls & 3) == 0)
            glFinish();
        elapsed = now() - start;
    } while (elapsed < MEASURE_SECONDS || (calls & 3) != 0);
    glFinish();
    return calls / (now() - start);
}

struct image {
    int size;
    unsigned char *pixels;
};

static void upload_texture(void *arg)
{
    struct image *img = arg;
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, img->size, img->size, GL_RGBA, GL_UNSIGNED_BYTE,
                    img->pixels);
}

static void read_pixels(void *arg)
{
    struct image *img = arg;
    glReadPixels(0, 0, img->size, img->size, GL_RGBA, GL_UNSIGNED_BYTE, img->pixels);
}

struct buffer {
    long bytes;
    unsigned char *data;
};

static void upload_buffer(void *arg)
{
    struct buffer *buf = arg;
    glBufferSubData(GL_ARRAY_BUFFER, 0, buf->bytes, buf->data);
}

static void fill(unsigned char *p, long n, unsigned seed)
{
    for (long i = 0; i < n; i++)
        p[i] = (unsigned char)((i * 31u + seed) & 0xff);
}

/* A texture of size x size RGBA8 bound both for sampling and as the framebuffer. */
static int bind_texture_target(int size)
{
    GLuint tex, fbo;
    glGenTextures(1, &tex);
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, size, size, 0, GL_RGBA, GL_UNSIGNED_BYTE, NULL);
    glGenFramebuffers(1, &fbo);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, tex, 0);
    return glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
}

/* Uploads a pattern and reads it back: the figures mean nothing if this fails. */
static int round_trip_ok(struct image *img)
{
    long n = (long)img->size * img->size * 4;
    unsigned char *expect = malloc(n);
    fill(expect, n, 7);
    memcpy(img->pixels, expect, n);
    upload_texture(img);
    memset(img->pixels, 0, n);
    read_pixels(img);
    int ok = memcmp(expect, img->pixels, n) == 0;
    free(expect);
    return ok;
}

int main(void)
{
    if (!make_context())
        return 2;
    printf("xfer renderer %s\n", (const char *)glGetString(GL_RENDERER));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);

    static const int sizes[] = {64, 1024};
    for (unsigned s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        struct image img = {sizes[s], malloc((size_t)sizes[s] * sizes[s] * 4)};
        double bytes = (double)img.size * img.size * 4;
        if (!bind_texture_target(img.size)) {
            fprintf(stderr, "xferbench: framebuffer incomplete at %d\n", img.size);
            return 3;
        }
        if (!round_trip_ok(&img)) {
            fprintf(stderr, "xferbench: %dx%d upload/readback round trip differs\n",
                    img.size, img.size);
            return 4;
        }
        fill(img.pixels, (long)bytes, s);
        printf("xfer tex-upload-rgba8-%d %.1f MiB/s\n", img.size,
               rate(upload_texture, &img) * bytes / MIB);
        printf("xfer readpixels-rgba8-%d %.1f MiB/s\n", img.size,
               rate(read_pixels, &img) * bytes / MIB);
        free(img.pixels);
    }

    static const long buffer_sizes[] = {4096, 4L << 20};
    for (unsigned s = 0; s < sizeof buffer_sizes / sizeof buffer_sizes[0]; s++) {
        struct buffer buf = {buffer_sizes[s], malloc(buffer_sizes[s])};
        GLuint vbo;
        fill(buf.data, buf.bytes, s);
        glGenBuffers(1, &vbo);
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        glBufferData(GL_ARRAY_BUFFER, buf.bytes, NULL, GL_STREAM_DRAW);
        printf("xfer buffer-upload-%ldk %.1f MiB/s\n", buf.bytes / 1024,
               rate(upload_buffer, &buf) * buf.bytes / MIB);
        free(buf.data);
    }
    GLenum err = glGetError();
    if (err) {
        fprintf(stderr, "xferbench: GL error 0x%x\n", err);
        return 5;
    }
    return 0;
}
