// CTesseract: Tesseract's C API, its functions bound when OCR first needs them (see
// CSharedLibrary.h for why), so that gongkai runs without Tesseract installed until a page
// needs recognising. Call through the table `CTesseract_load` returns.
#ifndef CTESSERACT_H
#define CTESSERACT_H

#include <stddef.h>
#include <tesseract/capi.h>

/// Every function of the C API the OCR reader calls; one place to add another.
#define CTESSERACT_FUNCTIONS(X) \
    X(TessBaseAPICreate) X(TessBaseAPIDelete) X(TessBaseAPIInit3) X(TessBaseAPIEnd) \
    X(TessBaseAPIClear) X(TessBaseAPISetPageSegMode) X(TessBaseAPISetVariable) \
    X(TessBaseAPISetImage) X(TessBaseAPISetSourceResolution) X(TessBaseAPIRecognize) \
    X(TessBaseAPIGetIterator) X(TessDeleteText) X(TessMonitorCreate) X(TessMonitorDelete) \
    X(TessMonitorSetDeadlineMSecs) X(TessPageIteratorBoundingBox) \
    X(TessResultIteratorConfidence) X(TessResultIteratorDelete) \
    X(TessResultIteratorGetPageIterator) X(TessResultIteratorGetUTF8Text) \
    X(TessResultIteratorNext)

#define CTESSERACT_FIELD(name) __typeof__(&name) _Nonnull name;
/// The bound functions, each under the name it has in capi.h.
typedef struct {
    CTESSERACT_FUNCTIONS(CTESSERACT_FIELD)
} CTesseractFunctions;
#undef CTESSERACT_FIELD

/// Loads libtesseract (libtesseract.so.5, or the file $GONGKAI_TESSERACT_LIBRARY names) and
/// binds its functions. Returns the table, or NULL with why in `error`. Not thread-safe: call
/// it once.
const CTesseractFunctions *_Nullable CTesseract_load(char *_Nonnull error, size_t error_size);

#endif
