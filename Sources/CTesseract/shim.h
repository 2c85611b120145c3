// Tesseract's C API only: images are handed over as raw bytes, so Leptonica's own API is not
// needed here (it is linked because libtesseract requires it).
#include <tesseract/capi.h>
