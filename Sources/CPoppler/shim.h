#include <poppler.h>
#include <glib-object.h>
#include <cairo.h>
