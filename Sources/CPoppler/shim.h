#include <poppler.h>
#include <glib-object.h>
#include <gio/gio.h>
#include <cairo.h>
