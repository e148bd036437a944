/* options.c: the Python module's keyword options (see options.h): the
 * common ones (format, charset, max_bytes, max_nodes, max_depth) and one
 * bool keyword per switch of the library's LEDE_SWITCHES table. */
#include "options.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

const char *const py_format_names[PY_FORMAT_COUNT] = {"text", "markdown", "html"};
const lede_format py_format_codes[PY_FORMAT_COUNT] = {LEDE_FORMAT_TEXT, LEDE_FORMAT_MARKDOWN,
                                                      LEDE_FORMAT_HTML};

static const struct {
    const char *name, *doc;
    int def;
    void (*set)(lede_options *, int);
} switch_table[PY_SWITCH_COUNT] = {
#define PY_SWITCH_ROW_(id, name, def, doc) {#name, doc, def, lede_options_set_##name},
    LEDE_SWITCHES(PY_SWITCH_ROW_)
#undef PY_SWITCH_ROW_
};

const int py_switch_count = PY_SWITCH_COUNT;
const char *py_switch_name(int i) { return i >= 0 && i < PY_SWITCH_COUNT ? switch_table[i].name : NULL; }
int py_switch_default(int i) { return i >= 0 && i < PY_SWITCH_COUNT ? switch_table[i].def : -1; }

/* Raises TypeError("<expected>, not <type name>"). (The limited API has no
 * tp_name: the name comes from the type's __name__.) */
static void type_error(const char *expected, PyObject *o)
{
    PyObject *name = PyObject_GetAttrString((PyObject *)Py_TYPE(o), "__name__");
    if (name) {
        PyErr_Format(PyExc_TypeError, "%s, not %U", expected, name);
        Py_DECREF(name);
    }
}

/* A non-negative int argument as a size_t, at most cap (larger values are
 * cap: the library keeps node and depth caps in 32 bits, so larger means
 * "no cap"); -1 with an exception set. */
static int size_arg(PyObject *o, const char *name, size_t cap, size_t *out)
{
    if (!PyLong_Check(o) || PyBool_Check(o)) {
        char what[64];
        snprintf(what, sizeof what, "%s must be an int", name);
        type_error(what, o);
        return -1;
    }
    int overflow;
    long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (overflow < 0 || (!overflow && v < 0)) {
        PyErr_Format(PyExc_ValueError, "%s must be >= 0", name);
        return -1;
    }
    if (overflow > 0 || (unsigned long long)v > cap)
        v = (long long)cap;
    *out = (size_t)v;
    return 0;
}

static int parse_format(PyObject *v, py_options *o)
{
    if (!PyUnicode_Check(v)) {
        type_error("format must be a str", v);
        return -1;
    }
    for (int i = 0; i < PY_FORMAT_COUNT; i++) {
        if (PyUnicode_CompareWithASCIIString(v, py_format_names[i]) == 0) {
            o->format = i;
            return 0;
        }
    }
    PyErr_Format(PyExc_ValueError, "format must be \"text\", \"markdown\" or \"html\", not %R", v);
    return -1;
}

static int parse_charset(PyObject *v, py_options *o)
{
    if (v == Py_None)
        return 0;
    if (!PyUnicode_Check(v)) {
        type_error("charset must be a str or None", v);
        return -1;
    }
    Py_ssize_t n;
    if (!(o->charset = PyUnicode_AsUTF8AndSize(v, &n)))
        return -1;
    if ((size_t)n != strlen(o->charset)) {
        PyErr_SetString(PyExc_ValueError, "charset contains a NUL character");
        return -1;
    }
    /* as `lede --charset`: a label the library does not know has no
     * effect, so say so (a UserWarning; an error under -W error) */
    if (*o->charset && !lede_charset_known(o->charset) &&
        PyErr_WarnFormat(PyExc_UserWarning, 2, "unknown charset %R is ignored (the page's own declaration "
                                               "or detection decides)", v) < 0)
        return -1;
    return 0;
}

static const char *const favor_names[] = {"balanced", "precision", "recall"};

static int parse_favor(PyObject *v, py_options *o)
{
    if (!PyUnicode_Check(v)) {
        type_error("favor must be a str", v);
        return -1;
    }
    for (int i = 0; i < 3; i++) {
        if (PyUnicode_CompareWithASCIIString(v, favor_names[i]) == 0) {
            o->favor = (lede_favor)i;
            return 0;
        }
    }
    PyErr_Format(PyExc_ValueError, "favor must be \"balanced\", \"precision\" or \"recall\", not %R", v);
    return -1;
}

/* A switch's value: a bool (or an int, as 0/1 flags often are); None and
 * strings are refused, so quotes="no" is an error rather than True. */
static int parse_switch(PyObject *v, int i, py_options *o)
{
    if (!PyLong_Check(v)) {
        char what[64];
        snprintf(what, sizeof what, "%s must be a bool", switch_table[i].name);
        type_error(what, v);
        return -1;
    }
    int t = PyObject_IsTrue(v);
    if (t < 0)
        return -1;
    o->switches[i] = (signed char)t;
    return 0;
}

/* One keyword: 1 parsed, 0 not an option here, -1 error. */
static int parse_one(const char *key, PyObject *v, unsigned which, py_options *o)
{
    if (strcmp(key, "format") == 0)
        return parse_format(v, o) < 0 ? -1 : 1;
    if (strcmp(key, "charset") == 0 && (which & PY_OPT_CHARSET))
        return parse_charset(v, o) < 0 ? -1 : 1;
    if (strcmp(key, "max_bytes") == 0) {
        if (v == Py_None) {
            o->max_bytes = 0;
            return 1;
        }
        return size_arg(v, key, SIZE_MAX, &o->max_bytes) < 0 ? -1 : 1;
    }
    if (strcmp(key, "favor") == 0)
        return parse_favor(v, o) < 0 ? -1 : 1;
    if (strcmp(key, "max_nodes") == 0)
        return size_arg(v, key, UINT32_MAX, &o->max_nodes) < 0 ? -1 : 1;
    if (strcmp(key, "max_depth") == 0)
        return size_arg(v, key, UINT32_MAX, &o->max_depth) < 0 ? -1 : 1;
    for (int i = 0; i < PY_SWITCH_COUNT; i++)
        if (strcmp(key, switch_table[i].name) == 0)
            return parse_switch(v, i, o) < 0 ? -1 : 1;
    return 0;
}

int py_options_parse(PyObject *kwds, const char *func, unsigned which, const char *const *skip,
                     py_options *o)
{
    o->format = 0;
    o->charset = NULL;
    o->max_bytes = 50000000u;
    o->max_nodes = 0;
    o->max_depth = 0;
    o->favor = LEDE_FAVOR_BALANCED;
    memset(o->switches, -1, sizeof o->switches);
    if (!kwds)
        return 0;
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(kwds, &pos, &key, &value)) {
        const char *k = PyUnicode_Check(key) ? PyUnicode_AsUTF8AndSize(key, NULL) : NULL;
        if (!k) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "%s() keywords must be strings", func);
            return -1;
        }
        int mine = 0;
        for (const char *const *s = skip; s && *s && !mine; s++)
            mine = strcmp(k, *s) == 0;
        if (mine)
            continue;
        int r = parse_one(k, value, which, o);
        if (r < 0)
            return -1;
        if (r == 0) {
            PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%s'", func, k);
            return -1;
        }
    }
    return 0;
}

void py_options_apply(const py_options *o, lede_options *opts)
{
    lede_options_set_max_bytes(opts, o->max_bytes);
    lede_options_set_max_nodes(opts, o->max_nodes);
    lede_options_set_max_depth(opts, o->max_depth);
    lede_options_set_charset(opts, o->charset);
    lede_options_set_favor(opts, o->favor);
    lede_options_set_text_format(opts, py_format_codes[o->format]);
    for (int i = 0; i < PY_SWITCH_COUNT; i++)
        if (o->switches[i] >= 0)
            switch_table[i].set(opts, o->switches[i]);
}

/* Joins one piece per switch, each made by fmt from (separator, name,
 * default, doc); the separator is sep but before the first piece. */
static char *build_switch_text(const char *fmt, const char *sep)
{
    size_t cap = 1;
    for (int i = 0; i < PY_SWITCH_COUNT; i++)
        cap += strlen(fmt) + strlen(sep) + strlen(switch_table[i].name) + strlen(switch_table[i].doc) + 8;
    char *s = PyMem_Malloc(cap), *p = s;
    if (!s) {
        PyErr_NoMemory();
        return NULL;
    }
    *p = '\0';
    for (int i = 0; i < PY_SWITCH_COUNT; i++) {
        const char *def = switch_table[i].def ? "True" : "False";
        p += snprintf(p, cap - (size_t)(p - s), fmt, i ? sep : "", switch_table[i].name, def,
                      switch_table[i].doc);
    }
    return s;
}

const char *py_options_switch_signature(void)
{
    static char *sig;
    if (!sig)
        sig = build_switch_text("%s%s=%s%.0s", ", ");
    return sig;
}

const char *py_options_switch_doc(void)
{
    static char *doc;
    if (!doc)
        doc = build_switch_text("%1$s  %2$s: %4$s (default %3$s).", "\n");
    return doc;
}
