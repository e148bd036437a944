/* options.h: the keyword options of the Python module in one place: what
 * lede.extract(), extract_many() (through check_options) and iter_warc()
 * accept, how a keyword is checked, and which lede_options setter it
 * calls. The switches (quotes=, ...) are generated from the library's
 * LEDE_SWITCHES table (lede.h), so a switch added there is a keyword of
 * every function here with no edit of this module (python/options.c; the
 * type stubs in lede/__init__.pyi are checked by python/tests). Compiled
 * into both extension modules (_lede and _lede_warc). */
#ifndef LEDE_PY_OPTIONS_H
#define LEDE_PY_OPTIONS_H

#define PY_SSIZE_T_CLEAN
#ifndef Py_LIMITED_API
#define Py_LIMITED_API 0x030A0000
#endif
#include <Python.h>

#include <stddef.h>

#include "lede.h"

/* The switches by position (LEDE_SWITCHES order). */
enum {
#define PY_SWITCH_ENUM_(id, name, def, doc) PY_SWITCH_##id,
    LEDE_SWITCHES(PY_SWITCH_ENUM_)
#undef PY_SWITCH_ENUM_
    PY_SWITCH_COUNT
};

/* The formats of Article.text, by index: "text", "markdown", "html". */
#define PY_FORMAT_COUNT 3
extern const char *const py_format_names[PY_FORMAT_COUNT];
extern const lede_format py_format_codes[PY_FORMAT_COUNT];

typedef struct py_options {
    int format;                          /* index into py_format_names */
    const char *charset;                 /* borrowed from the argument, or NULL */
    size_t max_bytes, max_nodes, max_depth;
    lede_favor favor;
    signed char switches[PY_SWITCH_COUNT]; /* -1: the library's default; 0 off; 1 on */
} py_options;

/* Which of the common options a function takes (iter_warc: no charset,
 * since each record's HTTP header gives its own). */
#define PY_OPT_CHARSET 1u

/* Parses the keyword dict kwds (may be NULL) into o. Keys in skip (a
 * NULL-terminated list, may be NULL) are the caller's and left alone; any
 * other key must be an option, else TypeError "func() got an unexpected
 * keyword argument". Returns -1 with an exception set. */
int py_options_parse(PyObject *kwds, const char *func, unsigned which, const char *const *skip,
                     py_options *o);

/* Calls the setters of o on opts. format picks the renderer of
 * Article.text (the caller's) and is also the options' text format, so
 * that the truncated flag and iter_warc's JSON lines follow it. */
void py_options_apply(const py_options *o, lede_options *opts);

/* The switches for the docs, built once: "quotes=True, ..." (for a
 * signature line) and one "  name: doc (default True)." line each.
 * Static strings; NULL on allocation failure (MemoryError set). */
const char *py_options_switch_signature(void);
const char *py_options_switch_doc(void);

/* The switches' names and defaults, in table order. */
extern const int py_switch_count;
const char *py_switch_name(int i);
int py_switch_default(int i);

#endif
