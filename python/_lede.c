/* _lede.c: the CPython extension lede._lede, a thin layer over the public
 * API (include/lede.h only). extract() releases the GIL while the library
 * parses, extracts and renders, then builds an Article (a small immutable
 * type defined here) or raises the lede.LedeError subclass for the status.
 * The public API has getters for the metadata and the authors but none for
 * categories and tags: those (and the text, in the text format) are read
 * back from the library's own JSON record, so they are exactly what the
 * CLI prints. Error classes live in lede/_errors.py (plain Python, so they
 * pickle and document like any exception) and are looked up at import. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lede.h"

/* Article fields, in the order of the JSON record (without source and
 * error), then the two the record does not carry. The order is also the
 * positional order of Article(...) and of to_dict(). */
enum {
    F_URL, F_TITLE, F_AUTHORS, F_DATE, F_DATE_MODIFIED, F_SITENAME, F_LANGUAGE,
    F_DESCRIPTION, F_IMAGE, F_PAGE_TYPE, F_CATEGORIES, F_TAGS, F_TEXT, F_TRUNCATED,
    F_FORMAT, F_CHARSET, F_COUNT
};

static const char *const field_names[F_COUNT + 1] = {
    "url", "title", "authors", "date", "date_modified", "sitename", "language",
    "description", "image", "page_type", "categories", "tags", "text", "truncated",
    "format", "charset", NULL};

static const char *const field_docs[F_COUNT] = {
    "Canonical URL if the page declares one (absolute), else the url given, or None.",
    "The headline (without the <title>'s \"| Site\" suffix), or None.",
    "List of author names (may be empty).",
    "Publication date, ISO 8601 (with time and offset when the page gives them), or None.",
    "Date of a distinct later update, ISO 8601, or None (None when equal to date).",
    "Name of the site, or None.",
    "Language, a BCP 47 tag such as \"en\" or \"pt-BR\", or None.",
    "Description (summary) the page declares, or None.",
    "Absolute URL of the lead image, or None.",
    "\"article\", or another kind of page, or None.",
    "List of categories the page declares (may be empty).",
    "List of tags (keywords) the page declares (may be empty).",
    "The body in the requested format (see the format attribute).",
    "True when a limit (max_nodes, max_depth) cut the page short.",
    "Format of text: \"text\", \"markdown\" or \"html\".",
    "The encoding the page was decoded from (e.g. \"utf-8\", \"windows-1252\"), or None.",
};

typedef struct {
    PyObject_HEAD
    PyObject *f[F_COUNT];
} ArticleObject;

static PyTypeObject Article_Type;

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

/* ---- the library's JSON record, read back ----------------------------- */

/* The renderer writes one object of strings, null, booleans, arrays of
 * strings and (for errors) an object; this reader handles exactly JSON's
 * string escapes and skips any value. Strings are unescaped in place
 * (the unescaped form is never longer), so no allocation. */

static char *json_ws(char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    return p;
}

static int json_hex4(const char *p, unsigned *v)
{
    unsigned r = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        r <<= 4;
        if (c >= '0' && c <= '9')
            r |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            r |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            r |= (unsigned)(c - 'A' + 10);
        else
            return -1;
    }
    *v = r;
    return 0;
}

static char *utf8_put(char *o, unsigned cp)
{
    if (cp < 0x80) {
        *o++ = (char)cp;
    } else if (cp < 0x800) {
        *o++ = (char)(0xC0 | (cp >> 6));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *o++ = (char)(0xE0 | (cp >> 12));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *o++ = (char)(0xF0 | (cp >> 18));
        *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    }
    return o;
}

/* The string at *pp (at its opening quote): unescaped in place when
 * decode is set, else only skipped. On success *pp is past the closing
 * quote and, when decoding, [*start, *start + *len) is the value.
 * Returns -1 on malformed input. */
static int json_string(char **pp, int decode, char **start, size_t *len)
{
    char *p = *pp, *o;
    if (*p != '"')
        return -1;
    o = ++p;
    if (start)
        *start = o;
    for (;;) {
        char c = *p;
        if (c == '\0')
            return -1;
        if (c == '"')
            break;
        if (c != '\\') {
            if (decode)
                *o = c;
            o++, p++;
            continue;
        }
        char e = p[1];
        if (!decode) {
            if (e == '\0')
                return -1;
            p += 2;
            continue;
        }
        p += 2;
        switch (e) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '/': *o++ = '/'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u': {
            unsigned cp, lo;
            if (json_hex4(p, &cp))
                return -1;
            p += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && p[0] == '\\' && p[1] == 'u' &&
                json_hex4(p + 2, &lo) == 0 && lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                p += 6;
            } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                cp = 0xFFFD; /* a lone surrogate */
            }
            o = utf8_put(o, cp); /* at most 4 bytes for >= 6 read */
            break;
        }
        default:
            return -1;
        }
    }
    if (len)
        *len = (size_t)(o - *start);
    *pp = p + 1;
    return 0;
}

/* Skips one value of any kind at *pp. */
static int json_skip(char **pp, int depth)
{
    char *p = json_ws(*pp);
    if (depth > 64)
        return -1;
    if (*p == '"') {
        if (json_string(&p, 0, NULL, NULL))
            return -1;
    } else if (*p == '[' || *p == '{') {
        char close = *p == '[' ? ']' : '}';
        p = json_ws(p + 1);
        if (*p == close) {
            p++;
        } else {
            for (;;) {
                if (close == '}') {
                    if (json_string(&p, 0, NULL, NULL))
                        return -1;
                    p = json_ws(p);
                    if (*p++ != ':')
                        return -1;
                }
                if (json_skip(&p, depth + 1))
                    return -1;
                p = json_ws(p);
                if (*p == ',') {
                    p = json_ws(p + 1);
                    continue;
                }
                if (*p++ != close)
                    return -1;
                break;
            }
        }
    } else {
        char *s = p;
        while ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' || *p == '+' ||
               *p == '.' || *p == 'E')
            p++;
        if (p == s)
            return -1;
    }
    *pp = p;
    return 0;
}

/* Where the values the getters do not give start in a JSON record. */
typedef struct {
    char *categories, *tags; /* at '[' */
    char *text;              /* decoded in place */
    size_t text_len;
} json_parts;

/* Walks the record's top-level keys; decodes "text" in place when
 * want_text is set. Needs no Python: runs without the GIL. */
static int json_find(char *json, int want_text, json_parts *out)
{
    char *p = json_ws(json);
    memset(out, 0, sizeof *out);
    if (*p++ != '{')
        return -1;
    p = json_ws(p);
    if (*p == '}')
        return 0;
    for (;;) {
        char *key;
        size_t klen;
        if (json_string(&p, 1, &key, &klen))
            return -1;
        p = json_ws(p);
        if (*p++ != ':')
            return -1;
        p = json_ws(p);
        if (klen == 4 && memcmp(key, "text", 4) == 0 && want_text && *p == '"') {
            if (json_string(&p, 1, &out->text, &out->text_len))
                return -1;
        } else {
            if (klen == 10 && memcmp(key, "categories", 10) == 0 && *p == '[')
                out->categories = p;
            else if (klen == 4 && memcmp(key, "tags", 4) == 0 && *p == '[')
                out->tags = p;
            if (json_skip(&p, 0))
                return -1;
        }
        p = json_ws(p);
        if (*p == ',') {
            p = json_ws(p + 1);
            continue;
        }
        return *p == '}' ? 0 : -1;
    }
}

/* The JSON array of strings at p as a new list (empty when p is NULL). */
static PyObject *json_list(char *p)
{
    PyObject *list = PyList_New(0);
    if (!list || !p)
        return list;
    p = json_ws(p + 1);
    if (*p == ']')
        return list;
    for (;;) {
        char *s;
        size_t n;
        if (json_string(&p, 1, &s, &n))
            goto bad;
        PyObject *item = py_str(s, n);
        if (!item || PyList_Append(list, item) < 0) {
            Py_XDECREF(item);
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(item);
        p = json_ws(p);
        if (*p == ',') {
            p = json_ws(p + 1);
            continue;
        }
        if (*p == ']')
            return list;
        goto bad;
    }
bad:
    Py_DECREF(list);
    PyErr_SetString(PyExc_RuntimeError, "lede: unexpected JSON from the library");
    return NULL;
}

/* ---- Article ------------------------------------------------------------ */

static void Article_dealloc(ArticleObject *self)
{
    PyObject_GC_UnTrack(self);
    for (int i = 0; i < F_COUNT; i++)
        Py_CLEAR(self->f[i]);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int Article_traverse(ArticleObject *self, visitproc visit, void *arg)
{
    for (int i = 0; i < F_COUNT; i++)
        Py_VISIT(self->f[i]);
    return 0;
}

static int Article_clear(ArticleObject *self)
{
    for (int i = 0; i < F_COUNT; i++)
        Py_CLEAR(self->f[i]);
    return 0;
}

/* A bare Article: lists empty, text "", truncated False, the rest None. */
static ArticleObject *article_alloc(PyTypeObject *type)
{
    ArticleObject *a = (ArticleObject *)type->tp_alloc(type, 0);
    if (!a)
        return NULL;
    for (int i = 0; i < F_COUNT; i++) {
        PyObject *v;
        if (i == F_AUTHORS || i == F_CATEGORIES || i == F_TAGS)
            v = PyList_New(0);
        else if (i == F_TEXT)
            v = PyUnicode_FromStringAndSize("", 0);
        else if (i == F_TRUNCATED)
            v = Py_NewRef(Py_False);
        else if (i == F_FORMAT)
            v = PyUnicode_FromString("text");
        else
            v = Py_NewRef(Py_None);
        if (!v) {
            Py_DECREF(a);
            return NULL;
        }
        a->f[i] = v;
    }
    return a;
}

/* Article(url=None, title=None, ...): every field optional, by position
 * (the order of to_dict()) or by name. Used by pickle and by tests. */
static PyObject *Article_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *v[F_COUNT] = {NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|OOOOOOOOOOOOOOOO:Article", (char **)field_names,
                                     &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6], &v[7], &v[8],
                                     &v[9], &v[10], &v[11], &v[12], &v[13], &v[14], &v[15]))
        return NULL;
    ArticleObject *a = article_alloc(type);
    if (!a)
        return NULL;
    for (int i = 0; i < F_COUNT; i++) {
        if (!v[i])
            continue;
        if (i == F_AUTHORS || i == F_CATEGORIES || i == F_TAGS) {
            PyObject *l = PySequence_List(v[i]);
            if (!l) {
                Py_DECREF(a);
                return NULL;
            }
            Py_SETREF(a->f[i], l);
        } else if (i == F_TRUNCATED) {
            int t = PyObject_IsTrue(v[i]);
            if (t < 0) {
                Py_DECREF(a);
                return NULL;
            }
            Py_SETREF(a->f[i], Py_NewRef(t ? Py_True : Py_False));
        } else {
            Py_SETREF(a->f[i], Py_NewRef(v[i]));
        }
    }
    return (PyObject *)a;
}

static PyObject *Article_to_dict(ArticleObject *self, PyObject *Py_UNUSED(ignored))
{
    PyObject *d = PyDict_New();
    if (!d)
        return NULL;
    for (int i = 0; i < F_COUNT; i++) {
        PyObject *v = self->f[i];
        PyObject *copy = PyList_Check(v) ? PyList_GetSlice(v, 0, PyList_GET_SIZE(v)) : Py_NewRef(v);
        if (!copy || PyDict_SetItemString(d, field_names[i], copy) < 0) {
            Py_XDECREF(copy);
            Py_DECREF(d);
            return NULL;
        }
        Py_DECREF(copy);
    }
    return d;
}

static PyObject *Article_reduce(ArticleObject *self, PyObject *Py_UNUSED(ignored))
{
    PyObject *t = PyTuple_New(F_COUNT);
    if (!t)
        return NULL;
    for (int i = 0; i < F_COUNT; i++)
        PyTuple_SET_ITEM(t, i, Py_NewRef(self->f[i]));
    return Py_BuildValue("(ON)", (PyObject *)Py_TYPE(self), t);
}

static PyObject *Article_repr(ArticleObject *self)
{
    Py_ssize_t n = PyUnicode_Check(self->f[F_TEXT]) ? PyUnicode_GET_LENGTH(self->f[F_TEXT]) : 0;
    return PyUnicode_FromFormat("<lede.Article title=%R date=%R url=%R text=<%zd chars>>",
                                self->f[F_TITLE], self->f[F_DATE], self->f[F_URL], n);
}

static PyObject *Article_richcompare(PyObject *a, PyObject *b, int op)
{
    if ((op != Py_EQ && op != Py_NE) || !PyObject_TypeCheck(b, &Article_Type))
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

static PyMemberDef Article_members[F_COUNT + 1];

PyDoc_STRVAR(Article_doc,
             "Article(url=None, title=None, authors=(), date=None, date_modified=None,\n"
             "        sitename=None, language=None, description=None, image=None,\n"
             "        page_type=None, categories=(), tags=(), text='', truncated=False,\n"
             "        format='text', charset=None)\n"
             "--\n\n"
             "One extracted article, as returned by lede.extract(). Immutable; the\n"
             "fields are attributes, and to_dict() gives them as a dict. Fields the\n"
             "page does not give are None (lists: empty). Articles compare equal\n"
             "when every field is equal, and pickle.");

static PyTypeObject Article_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "lede.Article",
    .tp_basicsize = sizeof(ArticleObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = Article_doc,
    .tp_new = Article_new,
    .tp_dealloc = (destructor)Article_dealloc,
    .tp_traverse = (traverseproc)Article_traverse,
    .tp_clear = (inquiry)Article_clear,
    .tp_repr = (reprfunc)Article_repr,
    .tp_richcompare = Article_richcompare,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_methods = Article_methods,
    .tp_members = Article_members,
};

/* ---- options ------------------------------------------------------------ */

static const char *const format_names[] = {"text", "markdown", "html"};
static const lede_format format_codes[] = {LEDE_FORMAT_TEXT, LEDE_FORMAT_MARKDOWN, LEDE_FORMAT_HTML};

typedef struct {
    int format;             /* index into format_names */
    const char *charset;    /* borrowed from the argument, or NULL */
    size_t max_bytes, max_nodes, max_depth;
} call_options;

/* A non-negative int argument as a size_t; -1 with an exception set. */
static int size_arg(PyObject *o, const char *name, size_t cap, size_t *out)
{
    if (!PyLong_Check(o) || PyBool_Check(o)) {
        PyErr_Format(PyExc_TypeError, "%s must be an int, not %.100s", name, Py_TYPE(o)->tp_name);
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
    /* The library keeps node and depth caps in 32 bits: larger means "no cap". */
    if (overflow > 0 || (unsigned long long)v > cap)
        v = (long long)cap;
    *out = (size_t)v;
    return 0;
}

/* The keyword options shared by extract() and check_options(). */
static int parse_options(PyObject *format, PyObject *charset, PyObject *max_bytes,
                         PyObject *max_nodes, PyObject *max_depth, call_options *o)
{
    o->format = 0;
    o->charset = NULL;
    o->max_bytes = 50000000u;
    o->max_nodes = 0;
    o->max_depth = 0;
    if (format) {
        if (!PyUnicode_Check(format)) {
            PyErr_Format(PyExc_TypeError, "format must be a str, not %.100s", Py_TYPE(format)->tp_name);
            return -1;
        }
        int i;
        for (i = 0; i < 3; i++)
            if (PyUnicode_CompareWithASCIIString(format, format_names[i]) == 0)
                break;
        if (i == 3) {
            PyErr_Format(PyExc_ValueError, "format must be \"text\", \"markdown\" or \"html\", not %R",
                         format);
            return -1;
        }
        o->format = i;
    }
    if (charset && charset != Py_None) {
        if (!PyUnicode_Check(charset)) {
            PyErr_Format(PyExc_TypeError, "charset must be a str or None, not %.100s",
                         Py_TYPE(charset)->tp_name);
            return -1;
        }
        Py_ssize_t n;
        o->charset = PyUnicode_AsUTF8AndSize(charset, &n);
        if (!o->charset)
            return -1;
        if ((size_t)n != strlen(o->charset)) {
            PyErr_SetString(PyExc_ValueError, "charset contains a NUL character");
            return -1;
        }
    }
    if (max_bytes && max_bytes != Py_None && size_arg(max_bytes, "max_bytes", SIZE_MAX, &o->max_bytes))
        return -1;
    if (max_bytes == Py_None)
        o->max_bytes = 0;
    if (max_nodes && size_arg(max_nodes, "max_nodes", UINT32_MAX, &o->max_nodes))
        return -1;
    if (max_depth && size_arg(max_depth, "max_depth", UINT32_MAX, &o->max_depth))
        return -1;
    return 0;
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

/* Builds the Article from a library article and its renders (GIL held). */
static PyObject *article_build(const lede_article *art, const json_parts *parts,
                               const char *body, size_t body_len, int format)
{
    static const struct { int slot; lede_field field; } simple[] = {
        {F_URL, LEDE_FIELD_URL}, {F_TITLE, LEDE_FIELD_TITLE}, {F_DATE, LEDE_FIELD_DATE},
        {F_DATE_MODIFIED, LEDE_FIELD_DATE_MODIFIED}, {F_SITENAME, LEDE_FIELD_SITENAME},
        {F_LANGUAGE, LEDE_FIELD_LANGUAGE}, {F_DESCRIPTION, LEDE_FIELD_DESCRIPTION},
        {F_IMAGE, LEDE_FIELD_IMAGE}, {F_PAGE_TYPE, LEDE_FIELD_PAGE_TYPE},
        {F_CHARSET, LEDE_FIELD_CHARSET}};
    ArticleObject *a = article_alloc(&Article_Type);
    if (!a)
        return NULL;
    for (size_t i = 0; i < sizeof simple / sizeof *simple; i++) {
        PyObject *v = py_str_or_none(lede_article_field(art, simple[i].field));
        if (!v)
            goto fail;
        Py_SETREF(a->f[simple[i].slot], v);
    }
    size_t n = lede_article_author_count(art);
    PyObject *authors = PyList_New((Py_ssize_t)n);
    if (!authors)
        goto fail;
    Py_SETREF(a->f[F_AUTHORS], authors);
    for (size_t i = 0; i < n; i++) {
        PyObject *v = py_str_or_none(lede_article_author(art, i));
        if (!v)
            goto fail;
        PyList_SET_ITEM(authors, (Py_ssize_t)i, v);
    }
    PyObject *v = json_list(parts->categories);
    if (!v)
        goto fail;
    Py_SETREF(a->f[F_CATEGORIES], v);
    if (!(v = json_list(parts->tags)))
        goto fail;
    Py_SETREF(a->f[F_TAGS], v);
    if (!(v = body ? py_str(body, body_len) : py_str(parts->text, parts->text_len)))
        goto fail;
    Py_SETREF(a->f[F_TEXT], v);
    Py_SETREF(a->f[F_TRUNCATED], Py_NewRef(lede_article_truncated(art) ? Py_True : Py_False));
    if (!(v = PyUnicode_FromString(format_names[format])))
        goto fail;
    Py_SETREF(a->f[F_FORMAT], v);
    return (PyObject *)a;
fail:
    Py_DECREF(a);
    return NULL;
}

PyDoc_STRVAR(extract_doc,
             "extract(html, url=None, *, format='text', charset=None, max_bytes=50000000,\n"
             "        max_nodes=0, max_depth=0)\n"
             "--\n\n"
             "Extracts the article from one page and returns a lede.Article.\n\n"
             "html: the page as bytes (preferred: lede detects the encoding from the\n"
             "  BOM, charset, <meta> or the bytes) or any bytes-like object, or as str\n"
             "  (already decoded; charset must then be None).\n"
             "url: the page's address, base for relative links and a date hint.\n"
             "format: what Article.text holds: 'text' (one block per line),\n"
             "  'markdown' ('# title' then the body) or 'html' (clean HTML).\n"
             "charset: the transport charset (HTTP Content-Type), for bytes.\n"
             "max_bytes: larger inputs raise TooLargeError (None or 0: no limit).\n"
             "max_nodes, max_depth: DOM caps (0: the library defaults, 2,000,000 and\n"
             "  512); content past them is dropped and Article.truncated set.\n\n"
             "Raises a lede.LedeError subclass on failure (EmptyError, NotHTMLError,\n"
             "TooLargeError, NoContentError with the partial .article, LedeMemoryError),\n"
             "TypeError / ValueError for bad arguments. The GIL is released while\n"
             "the library works, so threads extract in parallel.");

static PyObject *lede_py_extract(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"html", "url", "format", "charset", "max_bytes", "max_nodes",
                             "max_depth", NULL};
    PyObject *html, *url = Py_None, *format = NULL, *charset = NULL, *max_bytes = NULL,
                    *max_nodes = NULL, *max_depth = NULL;
    (void)self;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|O$OOOOO:extract", kwlist, &html, &url, &format,
                                     &charset, &max_bytes, &max_nodes, &max_depth))
        return NULL;
    call_options co;
    if (parse_options(format, charset, max_bytes, max_nodes, max_depth, &co))
        return NULL;

    const char *curl = NULL;
    if (url != Py_None) {
        if (!PyUnicode_Check(url))
            return PyErr_Format(PyExc_TypeError, "url must be a str or None, not %.100s",
                                Py_TYPE(url)->tp_name);
        Py_ssize_t n;
        if (!(curl = PyUnicode_AsUTF8AndSize(url, &n)))
            return NULL;
        if ((size_t)n != strlen(curl))
            return PyErr_Format(PyExc_ValueError, "url contains a NUL character");
    }

    /* The input: a str as UTF-8 (kept alive by the argument), else a
     * buffer held for the whole call (a bytearray cannot resize meanwhile). */
    Py_buffer view = {0};
    PyObject *encoded = NULL;
    const char *data;
    size_t len;
    if (PyUnicode_Check(html)) {
        if (co.charset)
            return PyErr_Format(PyExc_ValueError,
                                "charset applies to bytes; a str is already decoded");
        Py_ssize_t n;
        data = PyUnicode_AsUTF8AndSize(html, &n);
        if (!data) {
            /* Lone surrogates: each becomes U+FFFD. Invalid UTF-8 would make
             * the library doubt the charset and re-decode the whole page. */
            if (!PyErr_ExceptionMatches(PyExc_UnicodeEncodeError))
                return NULL;
            PyErr_Clear();
            if (!(encoded = PyUnicode_AsEncodedString(html, "utf-8", "surrogatepass")))
                return NULL;
            char *b = PyBytes_AS_STRING(encoded); /* new and ours: safe to edit */
            n = PyBytes_GET_SIZE(encoded);
            for (Py_ssize_t i = 0; i + 2 < n; i++) {
                /* surrogatepass writes U+D800..U+DFFF as ED A0..BF 80..BF */
                if ((unsigned char)b[i] == 0xED && ((unsigned char)b[i + 1] & 0xE0) == 0xA0) {
                    memcpy(b + i, "\xEF\xBF\xBD", 3);
                    i += 2;
                }
            }
            data = b;
        }
        len = (size_t)n;
        co.charset = "utf-8";
    } else if (PyObject_CheckBuffer(html)) {
        if (PyObject_GetBuffer(html, &view, PyBUF_SIMPLE) < 0)
            return NULL;
        data = view.buf;
        len = (size_t)view.len;
    } else {
        return PyErr_Format(PyExc_TypeError,
                            "html must be bytes, a bytes-like object or str, not %.100s",
                            Py_TYPE(html)->tp_name);
    }

    PyObject *result = NULL;
    lede_options *opts = lede_options_new();
    if (!opts) {
        PyErr_NoMemory();
        goto done;
    }
    lede_options_set_max_bytes(opts, co.max_bytes);
    lede_options_set_max_nodes(opts, co.max_nodes);
    lede_options_set_max_depth(opts, co.max_depth);
    lede_options_set_charset(opts, co.charset);

    lede_article *art = NULL;
    lede_status st;
    char *json = NULL, *body = NULL;
    size_t jlen = 0, blen = 0;
    int bad_json = 0;
    json_parts parts;
    memset(&parts, 0, sizeof parts);
    Py_BEGIN_ALLOW_THREADS
    st = lede_extract(data, len, curl, opts, &art);
    if (art) {
        json = lede_render(art, LEDE_FORMAT_JSON, NULL, &jlen);
        if (json && co.format != 0)
            body = lede_render(art, format_codes[co.format], NULL, &blen);
        if (json)
            bad_json = json_find(json, co.format == 0, &parts) != 0;
    }
    Py_END_ALLOW_THREADS

    if (!art) {
        char msg[160];
        const char *m = lede_status_message(st);
        if (st == LEDE_ERR_NOT_HTML) {
            m = lede_not_html_reason(data, len);
        } else if (st == LEDE_ERR_TOO_LARGE) {
            snprintf(msg, sizeof msg, "input of %zu bytes is larger than max_bytes %zu", len,
                     co.max_bytes);
            m = msg;
        }
        raise_status(st, m, url, NULL);
    } else if (!json || (co.format != 0 && !body)) {
        raise_status(LEDE_ERR_NOMEM, lede_status_message(LEDE_ERR_NOMEM), url, NULL);
    } else if (bad_json) {
        PyErr_SetString(PyExc_RuntimeError, "lede: unexpected JSON from the library");
    } else {
        result = article_build(art, &parts, body, blen, co.format);
        if (result && st != LEDE_OK) {
            /* no_content: the metadata that was found rides on the exception */
            raise_status(st, lede_status_message(st), url, result);
            Py_CLEAR(result);
        }
    }
    free(json);
    free(body);
    lede_article_free(art);
    lede_options_free(opts);
done:
    if (view.obj)
        PyBuffer_Release(&view);
    Py_XDECREF(encoded);
    return result;
}

PyDoc_STRVAR(check_options_doc,
             "check_options(*, format='text', charset=None, max_bytes=50000000, max_nodes=0,\n"
             "              max_depth=0)\n"
             "--\n\n"
             "Validates extract()'s keyword options as extract() would; returns None\n"
             "or raises TypeError / ValueError. Used by extract_many() to fail early.");

static PyObject *lede_py_check_options(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"format", "charset", "max_bytes", "max_nodes", "max_depth", NULL};
    PyObject *format = NULL, *charset = NULL, *max_bytes = NULL, *max_nodes = NULL,
             *max_depth = NULL;
    (void)self;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|$OOOOO:check_options", kwlist, &format, &charset,
                                     &max_bytes, &max_nodes, &max_depth))
        return NULL;
    call_options co;
    if (parse_options(format, charset, max_bytes, max_nodes, max_depth, &co))
        return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef lede_methods[] = {
    {"extract", (PyCFunction)(void (*)(void))lede_py_extract, METH_VARARGS | METH_KEYWORDS,
     extract_doc},
    {"check_options", (PyCFunction)(void (*)(void))lede_py_check_options,
     METH_VARARGS | METH_KEYWORDS, check_options_doc},
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
    for (int i = 0; i < F_COUNT; i++) {
        Article_members[i].name = field_names[i];
        Article_members[i].type = T_OBJECT;
        Article_members[i].offset = (Py_ssize_t)(offsetof(ArticleObject, f) + (size_t)i * sizeof(PyObject *));
        Article_members[i].flags = READONLY;
        Article_members[i].doc = field_docs[i];
    }
    if (PyType_Ready(&Article_Type) < 0)
        return NULL;
    if (!error_base && load_errors() < 0)
        return NULL;
    PyObject *m = PyModule_Create(&lede_module);
    if (!m)
        return NULL;
    PyObject *fields = PyTuple_New(F_COUNT);
    for (int i = 0; fields && i < F_COUNT; i++) {
        PyObject *name = PyUnicode_FromString(field_names[i]);
        if (!name)
            Py_CLEAR(fields);
        else
            PyTuple_SET_ITEM(fields, i, name);
    }
    if (PyModule_AddObjectRef(m, "Article", (PyObject *)&Article_Type) < 0 ||
        PyModule_AddStringConstant(m, "LIBRARY_VERSION", LEDE_VERSION) < 0 || !fields ||
        PyModule_AddObject(m, "FIELDS", fields) < 0) {
        Py_XDECREF(fields);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
