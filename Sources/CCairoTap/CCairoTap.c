// See CCairoTap.h for why these cairo functions are redefined here.
#define _GNU_SOURCE
#include "CCairoTap.h"

#include <cairo.h>
#include <dlfcn.h>
#include <glib.h>
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
    CCairoTapPath *paths;
    size_t path_count, path_capacity;
    CCairoTapSubpath *subpaths;
    size_t subpath_count, subpath_capacity;
    double *points;
    size_t point_count, point_capacity;  // counted in points, two doubles each
    size_t image_count;
    size_t path_limit;   // paths beyond this many are counted, not copied
    size_t paths_seen;
    size_t char_limit;   // characters beyond this many are counted, not given to the text page
    size_t chars_seen;
    long long deadline;  // CLOCK_MONOTONIC nanoseconds; 0 for none
    int deadline_passed;
    int has_crop_start;
    double crop_start_x, crop_start_y;
    int form_depth;      // form XObjects being drawn, one inside the other
    int deepest_form;
} Recorder;

static _Thread_local Recorder *recorder = NULL;

// Grows `*buffer` so it holds at least `needed` elements of `size` bytes.
static int reserve(void **buffer, size_t *capacity, size_t needed, size_t size) {
    if (needed <= *capacity) return 1;
    size_t grown = *capacity ? *capacity * 2 : 256;
    while (grown < needed) grown *= 2;
    void *moved = realloc(*buffer, grown * size);
    if (!moved) return 0;
    *buffer = moved;
    *capacity = grown;
    return 1;
}

static void freeRecorder(Recorder *r) {
    if (!r) return;
    free(r->paths);
    free(r->subpaths);
    free(r->points);
    free(r);
}

void CCairoTap_begin(void) {
    CCairoTap_beginLimited(SIZE_MAX, SIZE_MAX, 0);
}

static long long monotonicNanoseconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000000000LL + now.tv_nsec;
}

void CCairoTap_beginLimited(size_t max_paths, size_t max_characters, double max_seconds) {
    freeRecorder(recorder);
    recorder = calloc(1, sizeof(Recorder));
    if (!recorder) return;
    recorder->path_limit = max_paths;
    recorder->char_limit = max_characters;
    if (max_seconds > 0) recorder->deadline = monotonicNanoseconds() + (long long)(max_seconds * 1e9);
}

// Whether the page's time is up; checked per character and path, so it stays cheap.
static int pastDeadline(Recorder *r) {
    if (r->deadline_passed) return 1;
    if (r->deadline && monotonicNanoseconds() > r->deadline) r->deadline_passed = 1;
    return r->deadline_passed;
}

void CCairoTap_end(void) {
    freeRecorder(recorder);
    recorder = NULL;
}

CCairoTapRecording CCairoTap_recording(void) {
    CCairoTapRecording out = {0};
    if (!recorder) return out;
    out.paths = recorder->paths;
    out.path_count = recorder->path_count;
    out.subpaths = recorder->subpaths;
    out.subpath_count = recorder->subpath_count;
    out.points = recorder->points;
    out.point_count = recorder->point_count;
    out.image_count = recorder->image_count;
    out.paths_seen = recorder->paths_seen;
    out.chars_seen = recorder->chars_seen;
    out.deadline_passed = recorder->deadline_passed;
    out.has_crop_start = recorder->has_crop_start;
    out.crop_start_x = recorder->crop_start_x;
    out.crop_start_y = recorder->crop_start_y;
    out.deepest_form = recorder->deepest_form;
    return out;
}

// Copies the current path of `cr`, flattened and in device space, into the recorder.
static void recordPath(cairo_t *cr, CCairoTapPaintKind kind) {
    Recorder *r = recorder;
    // Poppler draws a raster image as a rectangle filled with the image: an image, not a path.
    if (cairo_pattern_get_type(cairo_get_source(cr)) == CAIRO_PATTERN_TYPE_SURFACE) {
        r->image_count++;
        return;
    }
    r->paths_seen++;
    if (r->path_count >= r->path_limit || pastDeadline(r)) return;
    cairo_path_t *path = cairo_copy_path_flat(cr);
    if (!path) return;
    if (path->status != CAIRO_STATUS_SUCCESS || path->num_data == 0) {
        cairo_path_destroy(path);
        return;
    }
    if (!reserve((void **)&r->paths, &r->path_capacity, r->path_count + 1, sizeof(CCairoTapPath))) {
        cairo_path_destroy(path);
        return;
    }
    CCairoTapPath *p = &r->paths[r->path_count];
    memset(p, 0, sizeof *p);
    p->kind = kind;
    double wx = cairo_get_line_width(cr), wy = 0;
    cairo_user_to_device_distance(cr, &wx, &wy);
    p->line_width = wx * wx + wy * wy > 0 ? __builtin_sqrt(wx * wx + wy * wy) : 0;
    p->alpha = -1;
    if (cairo_pattern_get_rgba(cairo_get_source(cr), &p->red, &p->green, &p->blue, &p->alpha)
        != CAIRO_STATUS_SUCCESS) {
        p->alpha = -1;
    }
    p->first_subpath = r->subpath_count;

    CCairoTapSubpath *open = NULL;
    for (int i = 0; i < path->num_data; i += path->data[i].header.length) {
        cairo_path_data_t *d = &path->data[i];
        switch (d->header.type) {
        case CAIRO_PATH_MOVE_TO:
            if (!reserve((void **)&r->subpaths, &r->subpath_capacity, r->subpath_count + 1,
                         sizeof(CCairoTapSubpath))) goto done;
            open = &r->subpaths[r->subpath_count++];
            open->first_point = r->point_count;
            open->point_count = 0;
            open->closed = 0;
            /* fall through */
        case CAIRO_PATH_LINE_TO: {
            if (!open) break;
            if (!reserve((void **)&r->points, &r->point_capacity, r->point_count + 1,
                         2 * sizeof(double))) goto done;
            double x = d[1].point.x, y = d[1].point.y;
            cairo_user_to_device(cr, &x, &y);
            r->points[2 * r->point_count] = x;
            r->points[2 * r->point_count + 1] = y;
            r->point_count++;
            open->point_count++;
            break;
        }
        case CAIRO_PATH_CLOSE_PATH:
            if (open) open->closed = 1;
            break;
        case CAIRO_PATH_CURVE_TO:  // absent from a flattened path
            break;
        }
    }
done:
    p->subpath_count = r->subpath_count - p->first_subpath;
    r->path_count++;
    cairo_path_destroy(path);
}

// The real cairo function called `name`, looked up once.
#define REAL(name) \
    static __typeof__(&name) real_##name = NULL; \
    if (!real_##name) real_##name = (__typeof__(&name))dlsym(RTLD_NEXT, #name);

void cairo_stroke(cairo_t *cr) {
    if (recorder) { recordPath(cr, CCairoTap_Stroke); cairo_new_path(cr); return; }
    REAL(cairo_stroke)
    real_cairo_stroke(cr);
}

void cairo_stroke_preserve(cairo_t *cr) {
    if (recorder) { recordPath(cr, CCairoTap_Stroke); return; }
    REAL(cairo_stroke_preserve)
    real_cairo_stroke_preserve(cr);
}

void cairo_fill(cairo_t *cr) {
    if (recorder) { recordPath(cr, CCairoTap_Fill); cairo_new_path(cr); return; }
    REAL(cairo_fill)
    real_cairo_fill(cr);
}

void cairo_fill_preserve(cairo_t *cr) {
    if (recorder) { recordPath(cr, CCairoTap_Fill); return; }
    REAL(cairo_fill_preserve)
    real_cairo_fill_preserve(cr);
}

// Text is read from poppler's text page, so glyph drawing is skipped while recording; glyph
// outlines (fake bold text is stroked) must not be mistaken for rulings.
void cairo_show_glyphs(cairo_t *cr, const cairo_glyph_t *glyphs, int count) {
    if (recorder) return;
    REAL(cairo_show_glyphs)
    real_cairo_show_glyphs(cr, glyphs, count);
}

void cairo_show_text_glyphs(cairo_t *cr, const char *utf8, int utf8_len,
                            const cairo_glyph_t *glyphs, int num_glyphs,
                            const cairo_text_cluster_t *clusters, int num_clusters,
                            cairo_text_cluster_flags_t flags) {
    if (recorder) return;
    REAL(cairo_show_text_glyphs)
    real_cairo_show_text_glyphs(cr, utf8, utf8_len, glyphs, num_glyphs, clusters, num_clusters,
                                flags);
}

void cairo_glyph_path(cairo_t *cr, const cairo_glyph_t *glyphs, int count) {
    if (recorder) return;
    REAL(cairo_glyph_path)
    real_cairo_glyph_path(cr, glyphs, count);
}

// The first clip of a page is poppler's crop box, drawn from its lower-left corner in PDF
// space; where that corner lands on the device tells the page's /Rotate, which poppler-glib
// does not expose.
void cairo_clip(cairo_t *cr) {
    if (recorder && !recorder->has_crop_start) {
        cairo_path_t *path = cairo_copy_path_flat(cr);
        if (path && path->status == CAIRO_STATUS_SUCCESS && path->num_data >= 2
            && path->data[0].header.type == CAIRO_PATH_MOVE_TO) {
            double x = path->data[1].point.x, y = path->data[1].point.y;
            cairo_user_to_device(cr, &x, &y);
            recorder->crop_start_x = x;
            recorder->crop_start_y = y;
            recorder->has_crop_start = 1;
        }
        if (path) cairo_path_destroy(path);
    }
    REAL(cairo_clip)
    real_cairo_clip(cr);
}

// Images are counted (a page with images and no text is a scan) but not composited.
void cairo_paint(cairo_t *cr) {
    if (recorder) { recorder->image_count++; return; }
    REAL(cairo_paint)
    real_cairo_paint(cr);
}

void cairo_paint_with_alpha(cairo_t *cr, double alpha) {
    if (recorder) { recorder->image_count++; return; }
    REAL(cairo_paint_with_alpha)
    real_cairo_paint_with_alpha(cr, alpha);
}

void cairo_mask(cairo_t *cr, cairo_pattern_t *pattern) {
    if (recorder) { recorder->image_count++; return; }
    REAL(cairo_mask)
    real_cairo_mask(cr, pattern);
}

void cairo_mask_surface(cairo_t *cr, cairo_surface_t *surface, double x, double y) {
    if (recorder) { recorder->image_count++; return; }
    REAL(cairo_mask_surface)
    real_cairo_mask_surface(cr, surface, x, y);
}

// Poppler's cairo output device (in poppler-glib) hands every character to the text page through
// ActualText::addChar (in libpoppler), a call between libraries that this definition takes over
// like the cairo ones: characters past the limit or the deadline are counted and dropped, so the
// text page, whose coalescing is quadratic in overlapping characters, stays bounded. The mangled
// name fixes the signature: if a poppler changes it, libpoppler has no such symbol and
// CCairoTap_boundsText says so.
#define ADD_CHAR_SYMBOL "_ZN10ActualText7addCharEPK8GfxStateddddjiPKji"
typedef void (*AddChar)(void *self, const void *state, double x, double y, double dx, double dy,
                        unsigned int code, int nBytes, const unsigned int *u, int uLen);
void CCairoTap_addChar(void *self, const void *state, double x, double y, double dx, double dy,
                       unsigned int code, int nBytes, const unsigned int *u, int uLen)
    __asm__(ADD_CHAR_SYMBOL);

void CCairoTap_addChar(void *self, const void *state, double x, double y, double dx, double dy,
                       unsigned int code, int nBytes, const unsigned int *u, int uLen) {
    static AddChar real = NULL;
    if (!real) real = (AddChar)dlsym(RTLD_NEXT, ADD_CHAR_SYMBOL);
    if (recorder) {
        recorder->chars_seen++;
        if (recorder->chars_seen > recorder->char_limit || pastDeadline(recorder)) return;
    }
    if (real) real(self, state, x, y, dx, dy, code, nBytes, u, uLen);
}

int CCairoTap_boundsText(void) {
    return dlsym(RTLD_NEXT, ADD_CHAR_SYMBOL) != NULL
        && dlsym(RTLD_DEFAULT, ADD_CHAR_SYMBOL) == (void *)&CCairoTap_addChar;
}

int CCairoTap_isInterposed(void) {
    return dlsym(RTLD_DEFAULT, "cairo_stroke") == (void *)&cairo_stroke;
}

// Gfx::doForm (in libpoppler, called through its own PLT, so a definition in the executable takes
// it over as with addChar): counts how deep form XObjects nest. Poppler stops drawing forms past
// a fixed depth without a word; the depth reached tells the reader that content was left out.
#define DO_FORM_SYMBOL "_ZN3Gfx6doFormEP6Object"
typedef void (*DoForm)(void *gfx, void *stream);
void CCairoTap_doForm(void *gfx, void *stream) __asm__(DO_FORM_SYMBOL);

void CCairoTap_doForm(void *gfx, void *stream) {
    static DoForm real = NULL;
    if (!real) real = (DoForm)dlsym(RTLD_NEXT, DO_FORM_SYMBOL);
    if (recorder) {
        recorder->form_depth++;
        if (recorder->form_depth > recorder->deepest_form) recorder->deepest_form = recorder->form_depth;
    }
    if (real) real(gfx, stream);
    if (recorder) recorder->form_depth--;
}

// Poppler's error() messages: poppler-glib hands them to GLib's log, domain "Poppler", level
// INFO (not printed unless G_MESSAGES_DEBUG asks). A handler for that domain counts them, with
// the first kept, on the thread that collects; elsewhere they are dropped as GLib would.
static _Thread_local CCairoTapMessages *messages = NULL;

static void collectMessage(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void)domain;
    (void)level;
    (void)data;
    if (!messages) return;
    if (messages->count == 0 && message) snprintf(messages->first, sizeof messages->first, "%s", message);
    messages->count++;
}

static void installHandler(void) {
    g_log_set_handler("Poppler", G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION, collectMessage, NULL);
}

void CCairoTap_capturePopplerMessages(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, installHandler);
}

void CCairoTap_beginMessages(void) {
    free(messages);
    messages = calloc(1, sizeof(CCairoTapMessages));
}

CCairoTapMessages CCairoTap_endMessages(void) {
    CCairoTapMessages out;
    memset(&out, 0, sizeof out);
    if (messages) {
        out = *messages;
        free(messages);
        messages = NULL;
    }
    return out;
}
