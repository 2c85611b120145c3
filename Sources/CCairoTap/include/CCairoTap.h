// CCairoTap: records the vector paths poppler hands to cairo while a page renders.
//
// poppler-glib has no API for a page's vector graphics, but its cairo output device calls
// cairo_stroke / cairo_fill through the dynamic linker. This target defines functions of those
// names; linked into an executable they take precedence over libcairo's. While a thread is
// recording (between CCairoTap_begin and CCairoTap_end) they copy the current path in device
// space and skip the drawing; on every other thread, and outside recording, they forward to the
// real cairo functions found with dlsym(RTLD_NEXT, …). The same way it takes over the call by
// which poppler's cairo device hands characters to its text page, to bound them.
#ifndef CCAIROTAP_H
#define CCAIROTAP_H

#include <stddef.h>

typedef enum {
    CCairoTap_Stroke = 0,
    CCairoTap_Fill = 1,
} CCairoTapPaintKind;

/// One stroke or fill: its subpaths are `subpath_count` entries from `first_subpath`.
typedef struct {
    int kind;                 // CCairoTapPaintKind
    double line_width;        // device units; strokes only
    double red, green, blue, alpha;  // solid source colour; alpha < 0 when not a solid colour
    size_t first_subpath;
    size_t subpath_count;
} CCairoTapPath;

/// A run of points (device space, flattened) of one path; `closed` when it ends in close_path.
typedef struct {
    size_t first_point;
    size_t point_count;
    int closed;
} CCairoTapSubpath;

/// What one recording captured. The arrays stay valid until the next CCairoTap_begin or
/// CCairoTap_end on the same thread.
typedef struct {
    const CCairoTapPath *paths;
    size_t path_count;
    const CCairoTapSubpath *subpaths;
    size_t subpath_count;
    const double *points;     // x, y pairs
    size_t point_count;
    size_t image_count;       // paints and masks (raster images) skipped
    size_t paths_seen;        // strokes and fills drawn, also those beyond the limit not copied
    size_t chars_seen;        // characters handed to poppler's text page, also those dropped
    int deadline_passed;      // the time ran out: later characters and paths were dropped
    int has_crop_start;       // whether a clip was recorded; its first point, device space:
    double crop_start_x, crop_start_y;
    int deepest_form;         // how deep form XObjects nested, as far as poppler drew them
} CCairoTapRecording;

/// True when this process's cairo_stroke resolves to the tap (it does not with a static cairo,
/// or when the tap is linked into a shared library loaded after libcairo).
int CCairoTap_isInterposed(void);

/// Starts recording on the calling thread, discarding any previous recording.
void CCairoTap_begin(void);

/// Like CCairoTap_begin, but copies at most `max_paths` paths and lets at most `max_characters`
/// characters reach poppler's text page; once `max_seconds` have passed (if > 0), neither paths
/// nor characters are taken any more.
void CCairoTap_beginLimited(size_t max_paths, size_t max_characters, double max_seconds);

/// True when the character limit reaches poppler's text page in this process (the tap is linked
/// into the executable and libpoppler has the ActualText::addChar it takes over).
int CCairoTap_boundsText(void);

/// What the calling thread has recorded since CCairoTap_begin; recording goes on.
CCairoTapRecording CCairoTap_recording(void);

/// Stops recording on the calling thread and frees its buffers.
void CCairoTap_end(void);

/// What poppler reported on one thread: how many messages, and the first as poppler-glib logs
/// it ("Syntax error at position 410: Too many args in content stream", cut to fit).
typedef struct {
    size_t count;
    char first[240];
} CCairoTapMessages;

/// Installs, once per process, a GLib log handler for poppler-glib's messages (poppler's
/// error(), logged to the domain "Poppler"): on a thread collecting (between the two calls
/// below) they are counted, elsewhere dropped.
void CCairoTap_capturePopplerMessages(void);

/// Starts collecting poppler's messages on the calling thread, discarding earlier ones.
void CCairoTap_beginMessages(void);

/// What was collected on the calling thread since CCairoTap_beginMessages; collecting stops.
CCairoTapMessages CCairoTap_endMessages(void);

#endif
