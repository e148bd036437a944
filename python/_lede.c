/* _lede.c: the CPython extension lede._lede, a thin layer over the public
 * API (include/lede.h only), written against the stable ABI (the limited
 * API of CPython 3.10), so one abi3 build serves every later CPython.
 * extract() releases the GIL while the library parses, extracts and
 * renders, then builds an Article (a small immutable type defined here)
 * through the library's getters, or raises the lede.LedeError subclass for
 * the status. The Article's attributes are generated from the library's
 * field table (LEDE_FIELDS): a field added there appears here with no
 * change. The keyword options (format, limits, and one bool per switch of
 * the library's LEDE_SWITCHES) are parsed by options.c, shared with
 * _lede_warc.c. Error classes live in lede/_errors.py (plain Python, so they
 * pickle and document like any exception) and are looked up at import. */
#define PY_SSIZE_T_CLEAN
#ifndef Py_LIMITED_API
#define Py_LIMITED_API 0x030A0000
#endif
#include <Python.h>

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lede.h"
#include "options.h"

/* Py_SETREF is not part of the limited API. */
#define SET_REF(dst, src)          \
    do {                           \
        PyObject *old_ = (dst);    \
        (dst) = (src);             \
        Py_XDECREF(old_);          \
    } while (0)

/* ---- the Article's slots ------------------------------------------------ */

/* The library's fields, from its table. */
static const struct {
    const char *name, *doc;
    int kind, in_record;
} lib_fields[LEDE_FIELD_COUNT] = {
#define LIB_FIELD(id, name, kind, in_record, doc) {#name, doc, LEDE_KIND_##kind, in_record},
    LEDE_FIELDS(LIB_FIELD)
#undef LIB_FIELD
};

/* Slots, in the order of Article(...)'s arguments and of to_dict(): the
 * fields of the JSON record, then "format" (this module's: which format
 * text holds), then the library's other fields (charset). */
#define F_COUNT (LEDE_FIELD_COUNT + 1)
#define F_LIB_FORMAT (-1)
static int slot_field[F_COUNT];           /* lede_field of each slot, or F_LIB_FORMAT */
static const char *slot_name[F_COUNT + 1]; /* NULL-terminated, for keyword parsing */
static char *slot_doc[F_COUNT];
static int slot_of_field[LEDE_FIELD_COUNT];
static int F_FORMAT;

#define SLOT(field) slot_of_field[field]

/* Fills the slot tables from lib_fields; the docs get the Python shape of
 * each kind. Returns -1 with an exception set. */
static int slots_init(void)
{
    int n = 0;
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1)
            slot_field[F_FORMAT = n++] = F_LIB_FORMAT;
        for (int f = 0; f < LEDE_FIELD_COUNT; f++)
            if (lib_fields[f].in_record == (pass == 0))
                slot_of_field[f] = n, slot_field[n++] = f;
    }
    for (int i = 0; i < F_COUNT; i++) {
        int f = slot_field[i];
        const char *doc = f == F_LIB_FORMAT ? "format of text: \"text\", \"markdown\" or \"html\"" : lib_fields[f].doc;
        int kind = f == F_LIB_FORMAT ? LEDE_KIND_TEXT : lib_fields[f].kind;
        slot_name[i] = f == F_LIB_FORMAT ? "format" : lib_fields[f].name;
        static const char *const shape[] = {
            [LEDE_KIND_STRING] = "%s, or None.", [LEDE_KIND_LIST] = "List: %s (may be empty).",
            [LEDE_KIND_TEXT] = "%s.", [LEDE_KIND_BOOL] = "%s.",
            [LEDE_KIND_QUOTES] = "List of dicts: %s; offsets index the plain text (format \"text\").",
            [LEDE_KIND_IMAGES] = "List of dicts: %s.",
            [LEDE_KIND_COMMENTS] = "List of dicts: %s."};
        const char *fmt = f == LEDE_FIELD_TEXT ? "%s; in the format given to extract() (see format)."
                                               : shape[kind];
        size_t len = strlen(fmt) + strlen(doc) + 1;
        if (!(slot_doc[i] = PyMem_Malloc(len))) {
            PyErr_NoMemory();
            return -1;
        }
        snprintf(slot_doc[i], len, fmt, doc);
        slot_doc[i][0] = (char)toupper((unsigned char)slot_doc[i][0]);
    }
    slot_name[F_COUNT] = NULL;
    return 0;
}

typedef struct {
    PyObject_HEAD
    PyObject *f[F_COUNT];
} ArticleObject;

static PyTypeObject *Article_Type;

/* lede_status -> exception class, filled at import from lede._errors. */
#define N_STATUS 8
static PyObject *error_class[N_STATUS];
static PyObject *error_base;

/* ---- strings ---------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at p (1..4), or 0: the same rule as
 * the library's JSON renderer, so invalid bytes become U+FFFD exactly as
 * in the CLI's records (one per byte). */
static size_t utf8_valid_len(const unsigned char *p, const unsigned char *e)
{
    unsigned c = p[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return e - p >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (e - p < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0))
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (e - p < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

/* A Python str from len bytes of (normally valid) UTF-8; invalid bytes
 * become U+FFFD one by one. New reference, NULL with an exception set. */
static PyObject *py_str(const char *s, size_t len)
{
    PyObject *r = PyUnicode_DecodeUTF8(s, (Py_ssize_t)len, NULL);
    if (r || !PyErr_ExceptionMatches(PyExc_UnicodeDecodeError))
        return r;
    PyErr_Clear();
    const unsigned char *p = (const unsigned char *)s, *e = p + len;
    char *clean = PyMem_Malloc(len * 3 + 1), *o = clean;
    if (!clean)
        return PyErr_NoMemory();
    while (p < e) {
        size_t k = utf8_valid_len(p, e);
        if (k) {
            memcpy(o, p, k);
            o += k, p += k;
        } else {
            memcpy(o, "\xEF\xBF\xBD", 3);
            o += 3, p++;
        }
    }
    r = PyUnicode_DecodeUTF8(clean, o - clean, "strict");
    PyMem_Free(clean);
    return r;
}

/* A getter's string as str, or None for NULL. New reference. */
static PyObject *py_str_or_none(const char *s)
{
    if (!s)
        Py_RETURN_NONE;
    return py_str(s, strlen(s));
}

/* A LIST field as a new list of str. */
static PyObject *py_list(const lede_article *art, lede_field f)
{
    size_t n = lede_article_list_count(art, f);
    PyObject *list = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; list && i < n; i++) {
        PyObject *v = py_str_or_none(lede_article_list_item(art, f, i));
        if (!v || PyList_SetItem(list, (Py_ssize_t)i, v) < 0)
            Py_CLEAR(list);
    }
    return list;
}

/* Raises TypeError("<expected>, not <type name>"); returns NULL. (The
 * limited API has no tp_name: the name comes from the type's __name__.) */
static PyObject *wrong_type(const char *expected, PyObject *o)
{
    PyObject *name = PyObject_GetAttrString((PyObject *)Py_TYPE(o), "__name__");
    if (name) {
        PyErr_Format(PyExc_TypeError, "%s, not %U", expected, name);
        Py_DECREF(name);
    }
    return NULL;
}

/* ---- Article ------------------------------------------------------------ */

static void Article_dealloc(PyObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    for (int i = 0; i < F_COUNT; i++)
        Py_CLEAR(((ArticleObject *)self)->f[i]);
    freefunc tp_free = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    tp_free(self);
    Py_DECREF(tp); /* instances of a heap type own a reference to it */
}

static int Article_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(Py_TYPE(self));
    for (int i = 0; i < F_COUNT; i++)
        Py_VISIT(((ArticleObject *)self)->f[i]);
    return 0;
}

static int Article_clear(PyObject *self)
{
    for (int i = 0; i < F_COUNT; i++)
        Py_CLEAR(((ArticleObject *)self)->f[i]);
    return 0;
}

/* A slot's value when nothing sets it: lists empty, text "", flags False,
 * format "text", the rest None. New reference. */
static PyObject *slot_default(int slot)
{
    int f = slot_field[slot];
    if (f == F_LIB_FORMAT)
        return PyUnicode_FromString("text");
    switch (lib_fields[f].kind) {
    case LEDE_KIND_LIST: case LEDE_KIND_IMAGES: return PyList_New(0);
    case LEDE_KIND_TEXT: return PyUnicode_FromStringAndSize("", 0);
    case LEDE_KIND_BOOL: return Py_NewRef(Py_False);
    default: return Py_NewRef(Py_None);
    }
}

/* A bare Article: every slot at its default. */
static ArticleObject *article_alloc(PyTypeObject *type)
{
    allocfunc alloc = (allocfunc)PyType_GetSlot(type, Py_tp_alloc);
    ArticleObject *a = (ArticleObject *)alloc(type, 0);
    if (!a)
        return NULL;
    for (int i = 0; i < F_COUNT; i++) {
        if (!(a->f[i] = slot_default(i))) {
            Py_DECREF(a);
            return NULL;
        }
    }
    return a;
}

/* Stores v in slot i as Article(...) takes it: lists copied, flags as bool. */
static int article_set(ArticleObject *a, int i, PyObject *v)
{
    int kind = slot_field[i] == F_LIB_FORMAT ? LEDE_KIND_TEXT : lib_fields[slot_field[i]].kind;
    PyObject *x;
    if (kind == LEDE_KIND_LIST ||
        ((kind == LEDE_KIND_QUOTES || kind == LEDE_KIND_IMAGES || kind == LEDE_KIND_COMMENTS) && v != Py_None)) {
        if (!(x = PySequence_List(v)))
            return -1;
    } else if (kind == LEDE_KIND_BOOL) {
        int t = PyObject_IsTrue(v);
        if (t < 0)
            return -1;
        x = Py_NewRef(t ? Py_True : Py_False);
    } else {
        x = Py_NewRef(v);
    }
    SET_REF(a->f[i], x);
    return 0;
}

/* Article(url=None, title=None, ...): every field optional, by position
 * (the order of to_dict()) or by name. Used by pickle and by tests. */
static PyObject *Article_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    Py_ssize_t npos = PyTuple_Size(args);
    if (npos > F_COUNT)
        return PyErr_Format(PyExc_TypeError, "Article() takes at most %d arguments (%zd given)",
                            F_COUNT, npos);
    ArticleObject *a = article_alloc(type);
    if (!a)
        return NULL;
    for (Py_ssize_t i = 0; i < npos; i++)
        if (article_set(a, (int)i, PyTuple_GetItem(args, i)) < 0)
            goto fail;
    if (kwds) {
        PyObject *key, *value;
        Py_ssize_t pos = 0;
        while (PyDict_Next(kwds, &pos, &key, &value)) {
            int i = 0;
            while (i < F_COUNT && !(PyUnicode_Check(key) &&
                                    PyUnicode_CompareWithASCIIString(key, slot_name[i]) == 0))
                i++;
            if (i == F_COUNT) {
                PyErr_Format(PyExc_TypeError, "Article() got an unexpected keyword argument %R", key);
                goto fail;
            }
            if (i < npos) {
                PyErr_Format(PyExc_TypeError, "Article() got multiple values for argument %R", key);
                goto fail;
            }
            if (article_set(a, i, value) < 0)
                goto fail;
        }
    }
    return (PyObject *)a;
fail:
    Py_DECREF(a);
    return NULL;
}

static PyObject *Article_get(PyObject *self, void *slot)
{
    return Py_NewRef(((ArticleObject *)self)->f[(intptr_t)slot]);
}

static PyObject *Article_to_dict(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    PyObject *d = PyDict_New();
    if (!d)
        return NULL;
    for (int i = 0; i < F_COUNT; i++) {
        PyObject *v = ((ArticleObject *)self)->f[i];
        PyObject *copy = PyList_Check(v) ? PyList_GetSlice(v, 0, PyList_Size(v)) : Py_NewRef(v);
        if (!copy || PyDict_SetItemString(d, slot_name[i], copy) < 0) {
            Py_XDECREF(copy);
            Py_DECREF(d);
            return NULL;
        }
        Py_DECREF(copy);
    }
    return d;
}

static PyObject *Article_reduce(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    PyObject *t = PyTuple_New(F_COUNT);
    if (!t)
        return NULL;
    for (int i = 0; i < F_COUNT; i++)
        PyTuple_SetItem(t, i, Py_NewRef(((ArticleObject *)self)->f[i]));
    return Py_BuildValue("(ON)", (PyObject *)Py_TYPE(self), t);
}

static PyObject *Article_repr(PyObject *self)
{
    PyObject *const *f = ((ArticleObject *)self)->f;
    PyObject *text = f[SLOT(LEDE_FIELD_TEXT)];
    Py_ssize_t n = PyUnicode_Check(text) ? PyUnicode_GetLength(text) : 0;
    return PyUnicode_FromFormat("<lede.Article title=%R date=%R url=%R text=<%zd chars>>",
                                f[SLOT(LEDE_FIELD_TITLE)], f[SLOT(LEDE_FIELD_DATE)],
                                f[SLOT(LEDE_FIELD_URL)], n);
}

static PyObject *Article_richcompare(PyObject *a, PyObject *b, int op)
{
    if ((op != Py_EQ && op != Py_NE) || !PyObject_TypeCheck(b, Article_Type))
        Py_RETURN_NOTIMPLEMENTED;
    ArticleObject *x = (ArticleObject *)a, *y = (ArticleObject *)b;
    for (int i = 0; i < F_COUNT; i++) {
        int eq = PyObject_RichCompareBool(x->f[i], y->f[i], Py_EQ);
        if (eq < 0)
            return NULL;
        if (!eq)
            return PyBool_FromLong(op == Py_NE);
    }
    return PyBool_FromLong(op == Py_EQ);
}

static PyMethodDef Article_methods[] = {
    {"to_dict", (PyCFunction)Article_to_dict, METH_NOARGS,
     "to_dict() -> dict\n--\n\nThe fields as a new dict, in record order (lists copied)."},
    {"__reduce__", (PyCFunction)Article_reduce, METH_NOARGS, "Pickle support."},
    {NULL, NULL, 0, NULL}};

static PyGetSetDef Article_getset[F_COUNT + 1];

PyDoc_STRVAR(Article_doc,
             "Article(url=None, title=None, authors=(), ..., text='', truncated=False,\n"
             "        format='text', charset=None)\n"
             "--\n\n"
             "One extracted article, as returned by lede.extract(). Immutable; the\n"
             "fields (lede.FIELDS, in this order, also the order of the arguments)\n"
             "are attributes, and to_dict() gives them as a dict. Fields the page\n"
             "does not give are None (lists: empty). Articles compare equal when\n"
             "every field is equal, and pickle.");

/* The Article type, made at import (a heap type: the limited API has no
 * static type objects). */
static PyTypeObject *article_type_new(void)
{
    for (int i = 0; i < F_COUNT; i++)
        Article_getset[i] = (PyGetSetDef){slot_name[i], Article_get, NULL, slot_doc[i],
                                          (void *)(intptr_t)i};
    PyType_Slot slots[] = {
        {Py_tp_doc, (void *)Article_doc},
        {Py_tp_new, Article_new},
        {Py_tp_dealloc, Article_dealloc},
        {Py_tp_traverse, Article_traverse},
        {Py_tp_clear, Article_clear},
        {Py_tp_repr, Article_repr},
        {Py_tp_richcompare, Article_richcompare},
        {Py_tp_hash, PyObject_HashNotImplemented},
        {Py_tp_methods, Article_methods},
        {Py_tp_getset, Article_getset},
        {0, NULL}};
    PyType_Spec spec = {"lede.Article", (int)sizeof(ArticleObject), 0,
                        Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, slots};
    return (PyTypeObject *)PyType_FromSpec(&spec);
}

/* ---- extract -------------------------------------------------------------- */

/* Raises the class for st with message; article (may be NULL) and url go
 * on the exception. Always returns NULL. */
static PyObject *raise_status(lede_status st, const char *message, PyObject *url, PyObject *article)
{
    PyObject *cls = (unsigned)st < N_STATUS && error_class[st] ? error_class[st] : error_base;
    PyObject *args = Py_BuildValue("(s)", message);
    PyObject *kw = args ? Py_BuildValue("{sOsO}", "url", url ? url : Py_None, "article",
                                        article ? article : Py_None)
                        : NULL;
    PyObject *exc = kw ? PyObject_Call(cls, args, kw) : NULL;
    Py_XDECREF(args);
    Py_XDECREF(kw);
    if (exc) {
        PyErr_SetObject(cls, exc);
        Py_DECREF(exc);
    }
    return NULL;
}

/* The quotes as a list of dicts {text, field, start, end, spans, mention,
 * speaker, cue, kind}, the JSON record's shape; None when they were turned
 * off. Offsets are code points into the plain text or the title (field),
 * so art.text[start:end] (or art.title[...]) in Python is the quote's first
 * span. New reference. */
static PyObject *py_quotes(const lede_article *art)
{
    if (!lede_article_has_quotes(art))
        return Py_NewRef(Py_None);
    size_t n = lede_article_quote_count(art);
    PyObject *list = PyList_New((Py_ssize_t)n);
    if (!list)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        const lede_quote *q = lede_article_quote(art, i);
        size_t ns = lede_quote_span_count(q), s = 0, e = 0;
        PyObject *spans = PyList_New((Py_ssize_t)ns);
        if (!spans)
            goto fail;
        for (size_t k = 0; k < ns; k++) {
            lede_quote_span(q, k, &s, &e);
            PyObject *pair = Py_BuildValue("(nn)", (Py_ssize_t)s, (Py_ssize_t)e);
            if (!pair) {
                Py_DECREF(spans);
                goto fail;
            }
            if (PyList_SetItem(spans, (Py_ssize_t)k, pair) < 0) {
                Py_DECREF(spans);
                goto fail;
            }
        }
        lede_quote_span(q, 0, &s, NULL);
        lede_quote_span(q, ns ? ns - 1 : 0, NULL, &e);
        PyObject *d = Py_BuildValue("{s:s,s:s,s:n,s:n,s:N,s:z,s:z,s:z,s:s}", "text", lede_quote_text(q), "field",
                                    lede_quote_field(q), "start", (Py_ssize_t)s, "end", (Py_ssize_t)e, "spans", spans,
                                    "mention", lede_quote_mention(q), "speaker", lede_quote_speaker(q), "cue",
                                    lede_quote_cue(q), "kind", lede_quote_kind(q));
        if (!d)
            goto fail;
        if (PyList_SetItem(list, (Py_ssize_t)i, d) < 0)
            goto fail;
    }
    return list;
fail:
    Py_DECREF(list);
    return NULL;
}

/* The images as a list of dicts {src, alt, caption, credit}, the JSON
 * record's shape; None when they were turned off. New reference. */
static PyObject *py_images(const lede_article *art)
{
    if (!lede_article_has_images(art))
        return Py_NewRef(Py_None);
    size_t n = lede_article_image_count(art);
    PyObject *list = PyList_New((Py_ssize_t)n);
    if (!list)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        const lede_image *im = lede_article_image(art, i);
        PyObject *d = Py_BuildValue("{s:s,s:z,s:z,s:z}", "src", lede_image_src(im), "alt", lede_image_alt(im),
                                    "caption", lede_image_caption(im), "credit", lede_image_credit(im));
        if (!d || PyList_SetItem(list, (Py_ssize_t)i, d) < 0) {
            Py_DECREF(list);
            return NULL;
        }
    }
    return list;
}

/* The comments as a list of dicts {author, date, text}, the JSON record's
 * shape; None when they were not looked for. New reference. */
static PyObject *py_comments(const lede_article *art)
{
    if (!lede_article_has_comments(art))
        return Py_NewRef(Py_None);
    size_t n = lede_article_comment_count(art);
    PyObject *list = PyList_New((Py_ssize_t)n);
    if (!list)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        const lede_comment *c = lede_article_comment(art, i);
        PyObject *d = Py_BuildValue("{s:z,s:z,s:s}", "author", lede_comment_author(c), "date",
                                    lede_comment_date(c), "text", lede_comment_text(c));
        if (!d || PyList_SetItem(list, (Py_ssize_t)i, d) < 0) {
            Py_DECREF(list);
            return NULL;
        }
    }
    return list;
}

/* Builds the Article from a library article (GIL held): every field
 * through its getter, text from the body in the asked format. */
static PyObject *article_build(const lede_article *art, const char *body, size_t body_len,
                               int format)
{
    ArticleObject *a = article_alloc(Article_Type);
    if (!a)
        return NULL;
    for (int f = 0; f < LEDE_FIELD_COUNT; f++) {
        PyObject *v;
        switch (lib_fields[f].kind) {
        case LEDE_KIND_LIST: v = py_list(art, (lede_field)f); break;
        case LEDE_KIND_BOOL: v = Py_NewRef(lede_article_flag(art, (lede_field)f) ? Py_True : Py_False); break;
        case LEDE_KIND_QUOTES: v = py_quotes(art); break;
        case LEDE_KIND_IMAGES: v = py_images(art); break;
        case LEDE_KIND_COMMENTS: v = py_comments(art); break;
        case LEDE_KIND_TEXT:
            v = f == LEDE_FIELD_TEXT ? py_str(body, body_len)
                                     : py_str_or_none(lede_article_field(art, (lede_field)f));
            break;
        default: v = py_str_or_none(lede_article_field(art, (lede_field)f)); break;
        }
        if (!v)
            goto fail;
        SET_REF(a->f[SLOT(f)], v);
    }
    PyObject *v = PyUnicode_FromString(py_format_names[format]);
    if (!v)
        goto fail;
    SET_REF(a->f[F_FORMAT], v);
    return (PyObject *)a;
fail:
    Py_DECREF(a);
    return NULL;
}

/* extract()'s docstring, made at import (extract_doc_build) so that its
 * signature and its list of switches come from the library's table. */
static const char extract_doc_head[] =
    "extract(html, url=None, *, format='text', charset=None, max_bytes=50000000,\n"
    "        max_nodes=0, max_depth=0, favor='balanced', %s)\n"
    "--\n\n"
    "Extracts the article from one page and returns a lede.Article.\n\n"
    "html: the page as bytes (preferred: lede detects the encoding from the\n"
    "  BOM, charset, <meta> or the bytes) or any bytes-like object, or as str\n"
    "  (already decoded; charset must then be None). gzip- or zstd-compressed\n"
    "  bytes (a .html.gz file's) are decompressed first, by their magic bytes.\n"
    "url: the page's address, base for relative links and a date hint.\n"
    "format: what Article.text holds: 'text' (one block per line),\n"
    "  'markdown' ('# title' then the body) or 'html' (clean HTML).\n"
    "charset: the transport charset (HTTP Content-Type), for bytes; a label\n"
    "  lede does not know is ignored with a UserWarning.\n"
    "max_bytes: larger inputs raise TooLargeError (None or 0: no limit);\n"
    "  it bounds the decompressed size of compressed bytes too.\n"
    "max_nodes, max_depth: DOM caps (0: the library defaults, 2,000,000 and\n"
    "  512); content past them is dropped and Article.truncated set.\n"
    "favor: 'balanced', 'precision' (less furniture, some article lines lost)\n"
    "  or 'recall' (fewer article lines lost, more furniture): the body\n"
    "  extraction's calls at the edges of the article.\n"
    "Switches (bool; lede.SWITCHES):\n%s\n\n"
    "Raises a lede.LedeError subclass on failure (EmptyError, NotHTMLError,\n"
    "TooLargeError, NoContentError with the partial .article, LedeMemoryError),\n"
    "TypeError / ValueError for bad arguments. The GIL is released while\n"
    "the library works, so threads extract in parallel.";

static const char check_options_doc_head[] =
    "check_options(*, format='text', charset=None, max_bytes=50000000, max_nodes=0,\n"
    "              max_depth=0, favor='balanced', %s)\n"
    "--\n\n"
    "Validates extract()'s keyword options as extract() would; returns None\n"
    "or raises TypeError / ValueError. Used by extract_many() to fail early.";

/* head with the switches' signature (and doc) put in; PyMem. NULL with
 * an exception set. */
static char *doc_build(const char *head, int with_doc)
{
    const char *sig = py_options_switch_signature(), *doc = py_options_switch_doc();
    if (!sig || !doc)
        return NULL;
    size_t len = strlen(head) + strlen(sig) + strlen(doc) + 1;
    char *d = PyMem_Malloc(len);
    if (!d) {
        PyErr_NoMemory();
        return NULL;
    }
    if (with_doc)
        snprintf(d, len, head, sig, doc);
    else
        snprintf(d, len, head, sig);
    return d;
}

/* extract()'s html as bytes for the library: a str as UTF-8 (lone
 * surrogates as U+FFFD; charset then "utf-8"), bytes as they are, another
 * bytes-like object copied into bytes, which cannot change while the GIL
 * is released (a bytearray could resize). *encoded: a new object that
 * holds *data, for the caller to release (NULL when *data is the
 * argument's own). -1 with an exception set. */
static int input_bytes(PyObject *html, py_options *co, const char **data, size_t *len, PyObject **encoded)
{
    if (PyUnicode_Check(html)) {
        if (co->charset) {
            PyErr_Format(PyExc_ValueError, "charset applies to bytes; a str is already decoded");
            return -1;
        }
        Py_ssize_t n;
        *data = PyUnicode_AsUTF8AndSize(html, &n);
        if (!*data) {
            /* Lone surrogates: each becomes U+FFFD. Invalid UTF-8 would make
             * the library doubt the charset and re-decode the whole page. */
            if (!PyErr_ExceptionMatches(PyExc_UnicodeEncodeError))
                return -1;
            PyErr_Clear();
            if (!(*encoded = PyUnicode_AsEncodedString(html, "utf-8", "surrogatepass")))
                return -1;
            char *b = PyBytes_AsString(*encoded); /* new and ours: safe to edit */
            n = PyBytes_Size(*encoded);
            for (Py_ssize_t i = 0; i + 2 < n; i++) {
                /* surrogatepass writes U+D800..U+DFFF as ED A0..BF 80..BF */
                if ((unsigned char)b[i] == 0xED && ((unsigned char)b[i + 1] & 0xE0) == 0xA0) {
                    memcpy(b + i, "\xEF\xBF\xBD", 3);
                    i += 2;
                }
            }
            *data = b;
        }
        *len = (size_t)n;
        co->charset = "utf-8";
    } else if (PyBytes_Check(html)) {
        *data = PyBytes_AsString(html);
        *len = (size_t)PyBytes_Size(html);
    } else {
        /* Another bytes-like object (bytearray, memoryview...): copied into
         * bytes, which cannot change while the GIL is released (the 3.10
         * limited API has no buffer protocol; the copy costs far less than
         * the parse). A memoryview accepts exactly the buffer objects. */
        PyObject *mv = PyMemoryView_FromObject(html);
        if (!mv) {
            if (PyErr_ExceptionMatches(PyExc_TypeError)) {
                PyErr_Clear();
                wrong_type("html must be bytes, a bytes-like object or str", html);
                return -1;
            }
            return -1;
        }
        *encoded = PyBytes_FromObject(mv);
        Py_DECREF(mv);
        if (!*encoded)
            return -1;
        *data = PyBytes_AsString(*encoded);
        *len = (size_t)PyBytes_Size(*encoded);
    }
    return 0;
}

static PyObject *lede_py_extract(PyObject *self, PyObject *args, PyObject *kwds)
{
    static const char *const own[] = {"html", "url", NULL};
    PyObject *html = NULL, *url = Py_None;
    (void)self;
    if (!PyArg_UnpackTuple(args, "extract", 0, 2, &html, &url))
        return NULL;
    for (int k = 0; kwds && own[k]; k++) {
        PyObject *v = PyDict_GetItemString(kwds, own[k]);
        if (!v)
            continue;
        if (PyTuple_Size(args) > k)
            return PyErr_Format(PyExc_TypeError, "extract() got multiple values for argument '%s'", own[k]);
        if (k == 0)
            html = v;
        else
            url = v;
    }
    if (!html)
        return PyErr_Format(PyExc_TypeError, "extract() missing required argument 'html'");
    py_options co;
    if (py_options_parse(kwds, "extract", PY_OPT_CHARSET, own, &co))
        return NULL;

    const char *curl = NULL;
    if (url != Py_None) {
        if (!PyUnicode_Check(url))
            return wrong_type("url must be a str or None", url);
        Py_ssize_t n;
        if (!(curl = PyUnicode_AsUTF8AndSize(url, &n)))
            return NULL;
        if ((size_t)n != strlen(curl))
            return PyErr_Format(PyExc_ValueError, "url contains a NUL character");
    }

    /* The input, held for the whole call (encoded: a copy of ours, else
     * the argument's own bytes, kept alive by the argument). */
    PyObject *encoded = NULL;
    const char *data;
    size_t len;
    if (input_bytes(html, &co, &data, &len, &encoded))
        return NULL;

    PyObject *result = NULL;
    lede_options *opts = lede_options_new();
    if (!opts) {
        PyErr_NoMemory();
        goto done;
    }
    py_options_apply(&co, opts);

    lede_article *art = NULL;
    lede_status st;
    const char *text = NULL;
    char *body = NULL;
    size_t blen = 0;
    Py_BEGIN_ALLOW_THREADS
    st = lede_extract(data, len, curl, opts, &art);
    if (art) {
        /* the body, the one costly part of building the Article */
        if (co.format == 0)
            text = lede_article_field(art, LEDE_FIELD_TEXT);
        else
            body = lede_render(art, py_format_codes[co.format], NULL, &blen);
        /* truncated renders the text to know whether it hit the output
         * budget: done here, without the GIL, so the getters below are cheap */
        (void)lede_article_flag(art, LEDE_FIELD_TRUNCATED);
    }
    Py_END_ALLOW_THREADS

    if (!art) {
        char msg[160];
        const char *m = lede_status_message(st);
        if (st == LEDE_ERR_NOT_HTML) {
            m = lede_not_html_reason(data, len);
        } else if (st == LEDE_ERR_TOO_LARGE) {
            if (len > co.max_bytes)
                snprintf(msg, sizeof msg, "input of %zu bytes is larger than max_bytes %zu", len,
                         co.max_bytes);
            else /* gzip or zstd bytes that decode past the limit */
                snprintf(msg, sizeof msg, "input of %zu bytes decompresses to more than max_bytes %zu",
                         len, co.max_bytes);
            m = msg;
        }
        raise_status(st, m, url, NULL);
    } else if (!text && !body) {
        raise_status(LEDE_ERR_NOMEM, lede_status_message(LEDE_ERR_NOMEM), url, NULL);
    } else {
        result = article_build(art, body ? body : text, body ? blen : strlen(text), co.format);
        if (result && st != LEDE_OK) {
            /* no_content: the metadata that was found rides on the exception */
            raise_status(st, lede_status_message(st), url, result);
            Py_CLEAR(result);
        }
    }
    free(body);
    lede_article_free(art);
    lede_options_free(opts);
done:
    Py_XDECREF(encoded);
    return result;
}

static PyObject *lede_py_check_options(PyObject *self, PyObject *args, PyObject *kwds)
{
    (void)self;
    if (PyTuple_Size(args) > 0)
        return PyErr_Format(PyExc_TypeError, "check_options() takes keyword arguments only");
    py_options co;
    if (py_options_parse(kwds, "check_options", PY_OPT_CHARSET, NULL, &co))
        return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef lede_methods[] = {
    {"extract", (PyCFunction)(void (*)(void))lede_py_extract, METH_VARARGS | METH_KEYWORDS,
     NULL /* extract_doc_head, at import */},
    {"check_options", (PyCFunction)(void (*)(void))lede_py_check_options,
     METH_VARARGS | METH_KEYWORDS, NULL /* check_options_doc_head, at import */},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef lede_module = {
    PyModuleDef_HEAD_INIT, "lede._lede",
    "The C core of the lede package (use the lede package, not this module).", -1, lede_methods,
    NULL, NULL, NULL, NULL};

/* Exception classes by status, from lede._errors.ERROR_CLASSES. */
static int load_errors(void)
{
    PyObject *mod = PyImport_ImportModule("lede._errors");
    if (!mod)
        return -1;
    PyObject *by_code = PyObject_GetAttrString(mod, "ERROR_CLASSES");
    error_base = PyObject_GetAttrString(mod, "LedeError");
    Py_DECREF(mod);
    if (!by_code || !error_base) {
        Py_XDECREF(by_code);
        return -1;
    }
    for (int st = 1; st < N_STATUS; st++) {
        PyObject *cls = PyDict_GetItemString(by_code, lede_status_name((lede_status)st));
        if (!cls) {
            Py_DECREF(by_code);
            PyErr_Format(PyExc_ImportError, "lede._errors has no class for %s",
                         lede_status_name((lede_status)st));
            return -1;
        }
        error_class[st] = Py_NewRef(cls);
    }
    Py_DECREF(by_code);
    return 0;
}

PyMODINIT_FUNC PyInit__lede(void)
{
    if (!Article_Type) {
        if (slots_init() < 0 || !(Article_Type = article_type_new()))
            return NULL;
    }
    if (!error_base && load_errors() < 0)
        return NULL;
    if (!lede_methods[0].ml_doc) {
        char *e = doc_build(extract_doc_head, 1), *c = doc_build(check_options_doc_head, 0);
        if (!e || !c) {
            PyMem_Free(e);
            PyMem_Free(c);
            return NULL;
        }
        lede_methods[0].ml_doc = e;
        lede_methods[1].ml_doc = c;
    }
    PyObject *m = PyModule_Create(&lede_module);
    if (!m)
        return NULL;
    PyObject *fields = PyTuple_New(F_COUNT);
    for (int i = 0; fields && i < F_COUNT; i++) {
        PyObject *name = PyUnicode_FromString(slot_name[i]);
        if (!name || PyTuple_SetItem(fields, i, name) < 0)
            Py_CLEAR(fields);
    }
    PyObject *switches = PyTuple_New(py_switch_count);
    for (int i = 0; switches && i < py_switch_count; i++) {
        PyObject *name = PyUnicode_FromString(py_switch_name(i));
        if (!name || PyTuple_SetItem(switches, i, name) < 0)
            Py_CLEAR(switches);
    }
    if (!switches || PyModule_AddObject(m, "SWITCHES", switches) < 0) {
        Py_XDECREF(switches);
        Py_XDECREF(fields);
        Py_DECREF(m);
        return NULL;
    }
    if (PyModule_AddObjectRef(m, "Article", (PyObject *)Article_Type) < 0 ||
        PyModule_AddStringConstant(m, "LIBRARY_VERSION", LEDE_VERSION) < 0 || !fields ||
        PyModule_AddObject(m, "FIELDS", fields) < 0) {
        Py_XDECREF(fields);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
