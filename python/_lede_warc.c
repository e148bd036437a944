/* _lede_warc.c: the CPython extension lede._lede_warc, the C half of
 * lede.iter_warc(): an iterator over the WARC records of a path or a
 * binary file object, built on the public WARC API (include/lede_warc.h)
 * only. Each step releases the GIL while it reads, decompresses, decodes
 * and extracts; reading from a Python file object takes the GIL back just
 * for the .read(n) call. A step yields the `lede warc` JSON line of the
 * next page (or error record) with its WARC fields, handed to the record
 * factory lede._warc.WarcRecord, which builds Article and dict lazily.
 * Written against the limited API (heap type, no internals). */
#include "options.h" /* Python.h with the stable ABI, like _lede.c; the keyword options */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lede.h"
#include "lede_warc.h"

typedef struct {
    PyObject_HEAD
    lede_warc_reader *r;
    lede_options *opts;
    unsigned flags;
    int format;
    PyObject *factory;   /* called with the record's fields */
    PyObject *file;      /* a file object read through .read(n), or NULL */
    char *source;        /* "source" of the JSON lines (the path), or NULL */
    PyThreadState *ts;   /* while the GIL is released inside a step */
    PyObject *exc_type, *exc_value, *exc_tb; /* the first exception file.read() raised */
    int busy, done;
    uint64_t pages, errors;
    uint64_t st_records, st_skipped, st_skipped_compressed, st_damaged, st_bytes_in;
} WarcIter;

/* ---- the file-object source (called without the GIL) ---------------------- */

static size_t pyfile_read(void *ctx, void *buf, size_t n)
{
    WarcIter *it = ctx;
    PyEval_RestoreThread(it->ts);
    size_t got = (size_t)-1;
    if (!it->exc_type) {
        PyObject *b = PyObject_CallMethod(it->file, "read", "n", (Py_ssize_t)n);
        if (b == Py_None) {
            PyErr_SetString(PyExc_TypeError, "read(n) returned None (a non-blocking stream?)");
        } else if (b) {
            /* bytes as they are; bytearray, memoryview...: copied to bytes */
            PyObject *bytes = PyBytes_Check(b) ? Py_NewRef(b) : PyBytes_FromObject(b);
            char *data;
            Py_ssize_t len;
            if (bytes && PyBytes_AsStringAndSize(bytes, &data, &len) == 0) {
                if ((size_t)len <= n) {
                    memcpy(buf, data, (size_t)len);
                    got = (size_t)len;
                } else {
                    PyErr_SetString(PyExc_ValueError, "read(n) returned more than n bytes");
                }
            }
            Py_XDECREF(bytes);
        }
        Py_XDECREF(b);
        if (got == (size_t)-1)
            PyErr_Fetch(&it->exc_type, &it->exc_value, &it->exc_tb);
    }
    it->ts = PyEval_SaveThread();
    return got;
}

/* ---- construction ------------------------------------------------------------ */

static int size_opt(PyObject *o, const char *name, uint64_t *out)
{
    if (!PyLong_Check(o) || PyBool_Check(o)) {
        PyErr_Format(PyExc_TypeError, "%s must be an int", name);
        return -1;
    }
    unsigned long long v = PyLong_AsUnsignedLongLong(o);
    if (v == (unsigned long long)-1 && PyErr_Occurred()) {
        PyErr_Clear();
        PyErr_Format(PyExc_ValueError, "%s must be an int >= 0", name);
        return -1;
    }
    *out = v;
    return 0;
}

static void iter_snapshot(WarcIter *it)
{
    if (!it->r)
        return;
    it->st_records = lede_warc_stat_get(it->r, LEDE_WARC_STAT_RECORDS);
    it->st_skipped = lede_warc_stat_get(it->r, LEDE_WARC_STAT_SKIPPED_BYTES);
    it->st_skipped_compressed = lede_warc_stat_get(it->r, LEDE_WARC_STAT_SKIPPED_COMPRESSED);
    it->st_damaged = lede_warc_stat_get(it->r, LEDE_WARC_STAT_DAMAGED);
    it->st_bytes_in = lede_warc_stat_get(it->r, LEDE_WARC_STAT_BYTES_IN);
}

static PyObject *WarcIter_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static const char *const own[] = {"any_status", "max_record_bytes", "read_threads", NULL};
    PyObject *source, *factory;
    if (!PyArg_UnpackTuple(args, "WarcIter", 2, 2, &source, &factory))
        return NULL;
    PyObject *any = kwds ? PyDict_GetItemString(kwds, "any_status") : NULL;
    PyObject *maxrec = kwds ? PyDict_GetItemString(kwds, "max_record_bytes") : NULL;
    int any_status = any ? PyObject_IsTrue(any) : 0;
    if (any_status < 0)
        return NULL;
    uint64_t max_record = 50000000u;
    if (maxrec && size_opt(maxrec, "max_record_bytes", &max_record))
        return NULL;
    PyObject *rthreads = kwds ? PyDict_GetItemString(kwds, "read_threads") : NULL;
    uint64_t read_threads = 0;
    if (rthreads && size_opt(rthreads, "read_threads", &read_threads))
        return NULL;
    if (read_threads > 64)
        return PyErr_Format(PyExc_ValueError, "read_threads must be 0..64, not %llu",
                            (unsigned long long)read_threads);
    py_options po;
    if (py_options_parse(kwds, "iter_warc", 0, own, &po))
        return NULL;

    WarcIter *it = (WarcIter *)((allocfunc)PyType_GetSlot(type, Py_tp_alloc))(type, 0);
    if (!it)
        return NULL;
    it->format = po.format;
    it->flags = any_status ? LEDE_WARC_ANY_STATUS : 0;
    it->factory = Py_NewRef(factory);
    it->opts = lede_options_new();
    if (!it->opts) {
        Py_DECREF(it);
        return PyErr_NoMemory();
    }
    py_options_apply(&po, it->opts);

    if (PyUnicode_Check(source) || PyBytes_Check(source) || PyObject_HasAttrString(source, "__fspath__")) {
        PyObject *path = NULL;
        if (!PyUnicode_FSConverter(source, &path)) {
            Py_DECREF(it);
            return NULL;
        }
        const char *p = PyBytes_AsString(path);
        it->source = p ? strdup(p) : NULL;
        if (p) {
            Py_BEGIN_ALLOW_THREADS
            it->r = lede_warc_open(p);
            Py_END_ALLOW_THREADS
        }
        if (p && !it->r)
            PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, source);
        Py_DECREF(path);
        if (!it->r) {
            Py_DECREF(it);
            return NULL;
        }
    } else if (PyObject_HasAttrString(source, "read")) {
        it->file = Py_NewRef(source);
        PyObject *name = PyObject_GetAttrString(source, "name");
        if (name && PyUnicode_Check(name)) {
            const char *s = PyUnicode_AsUTF8AndSize(name, NULL);
            it->source = s ? strdup(s) : NULL;
        }
        Py_XDECREF(name);
        PyErr_Clear();
        it->r = lede_warc_open_read(pyfile_read, it);
        if (!it->r) {
            Py_DECREF(it);
            return PyErr_NoMemory();
        }
    } else {
        Py_DECREF(it);
        return PyErr_Format(PyExc_TypeError, "source must be a path or a binary file object with read(n), not %R",
                            (PyObject *)Py_TYPE(source));
    }
    lede_warc_set_max_record_bytes(it->r, max_record);
    /* helpers inflate gzip members ahead of the iterator, as in `lede warc -j N` */
    if (read_threads)
        lede_warc_set_threads(it->r, (int)read_threads);
    return (PyObject *)it;
}

static void WarcIter_dealloc(WarcIter *it)
{
    PyTypeObject *tp = Py_TYPE(it);
    PyObject_GC_UnTrack(it);
    lede_warc_close(it->r);
    lede_options_free(it->opts);
    free(it->source);
    Py_CLEAR(it->factory);
    Py_CLEAR(it->file);
    Py_CLEAR(it->exc_type);
    Py_CLEAR(it->exc_value);
    Py_CLEAR(it->exc_tb);
    ((freefunc)PyType_GetSlot(tp, Py_tp_free))(it);
    Py_DECREF(tp);
}

static int WarcIter_traverse(WarcIter *it, visitproc visit, void *arg)
{
    Py_VISIT(Py_TYPE(it));
    Py_VISIT(it->factory);
    Py_VISIT(it->file);
    Py_VISIT(it->exc_type);
    Py_VISIT(it->exc_value);
    Py_VISIT(it->exc_tb);
    return 0;
}

static int WarcIter_clear(WarcIter *it)
{
    Py_CLEAR(it->factory);
    Py_CLEAR(it->file);
    Py_CLEAR(it->exc_type);
    Py_CLEAR(it->exc_value);
    Py_CLEAR(it->exc_tb);
    return 0;
}

/* ---- one step ------------------------------------------------------------------ */

/* What a step hands from the GIL-free part to the object builder. */
typedef struct {
    lede_warc_page *page;
    char *line;
    size_t line_len;
    const char *charset;
    char *uri, *id, *date;
    uint64_t offset;
    int rc; /* 1 a page, 0 the end, -1 a read error */
} step_out;

static char *dup_or_empty(const char *s) { return strdup(s ? s : ""); }

/* Reads to the next page and renders it (no GIL). */
static void step_nogil(WarcIter *it, step_out *o)
{
    lede_warc_record *rec;
    while ((o->rc = lede_warc_next(it->r, &rec)) == 1) {
        if (!lede_warc_record_may_be_page(rec))
            continue;
        lede_warc_outcome oc = lede_warc_extract(rec, it->opts, it->flags, &o->page);
        if (oc != LEDE_WARC_ARTICLE && oc != LEDE_WARC_ERROR)
            continue;
        o->uri = dup_or_empty(lede_warc_record_field(rec, LEDE_WARC_FIELD_TARGET_URI));
        o->id = dup_or_empty(lede_warc_record_field(rec, LEDE_WARC_FIELD_RECORD_ID));
        o->date = dup_or_empty(lede_warc_record_field(rec, LEDE_WARC_FIELD_DATE));
        o->offset = lede_warc_record_offset(rec);
        if (o->page) {
            /* the line's "text" is already in the iterator's format (the
             * options' text format), so Article.text is taken from it */
            o->line = lede_warc_page_render_json(o->page, it->source, &o->line_len);
            const lede_article *art = lede_warc_page_article(o->page);
            if (art)
                o->charset = lede_article_field(art, LEDE_FIELD_CHARSET);
        }
        return;
    }
}

static PyObject *str_or_none(const char *s)
{
    return s ? PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace") : Py_NewRef(Py_None);
}

/* The factory's arguments: (json_line, charset, format, record_id,
 * target_uri, warc_date, http_status, offset, error_code, error_message,
 * has_article). */
static PyObject *step_build(WarcIter *it, step_out *o)
{
    if (!o->page || !o->line)
        return PyErr_NoMemory();
    lede_status st = lede_warc_page_status(o->page);
    int http = lede_warc_page_http_status(o->page);
    PyObject *args = Py_BuildValue(
        "(y#NsNNNNKNNO)", o->line, (Py_ssize_t)o->line_len, str_or_none(o->charset), py_format_names[it->format], str_or_none(o->id), str_or_none(o->uri),
        str_or_none(o->date), http > 0 ? PyLong_FromLong(http) : Py_NewRef(Py_None), (unsigned long long)o->offset,
        st == LEDE_OK ? Py_NewRef(Py_None) : str_or_none(lede_status_name(st)),
        str_or_none(lede_warc_page_error_message(o->page)),
        lede_warc_page_article(o->page) ? Py_True : Py_False);
    if (!args)
        return NULL;
    PyObject *r = PyObject_Call(it->factory, args, NULL);
    Py_DECREF(args);
    return r;
}

static PyObject *WarcIter_next(WarcIter *it)
{
    if (it->done)
        return NULL;
    if (it->busy)
        return PyErr_Format(PyExc_RuntimeError, "this WARC iterator is already being read by another thread");
    it->busy = 1;
    step_out o;
    memset(&o, 0, sizeof o);
    it->ts = PyEval_SaveThread();
    step_nogil(it, &o);
    PyEval_RestoreThread(it->ts);
    it->ts = NULL;
    it->busy = 0;
    iter_snapshot(it);
    PyObject *r = NULL;
    if (o.rc == 1) {
        r = step_build(it, &o);
        if (r && o.page && lede_warc_page_status(o.page) == LEDE_OK)
            it->pages++;
        else if (r)
            it->errors++;
    } else {
        it->done = 1;
        if (it->exc_type) {
            PyErr_Restore(it->exc_type, it->exc_value, it->exc_tb);
            it->exc_type = it->exc_value = it->exc_tb = NULL;
        } else if (o.rc < 0) {
            PyErr_SetString(PyExc_OSError, "lede: read error in the WARC input");
        } else if (it->st_records == 0 && it->st_bytes_in > 0) {
            PyErr_SetString(PyExc_ValueError, "not a WARC file: no WARC record found in the input");
        }
        lede_warc_close(it->r); /* the stats were kept; the file is released now */
        it->r = NULL;
    }
    lede_warc_page_free(o.page);
    free(o.line);
    free(o.uri);
    free(o.id);
    free(o.date);
    return r;
}

static PyObject *WarcIter_iter(PyObject *self) { return Py_NewRef(self); }

static PyObject *WarcIter_stats(WarcIter *it, void *closure)
{
    (void)closure;
    return Py_BuildValue("{sKsKsKsKsKsKsK}", "records", (unsigned long long)it->st_records, "pages",
                         (unsigned long long)it->pages, "errors", (unsigned long long)it->errors, "skipped_bytes",
                         (unsigned long long)it->st_skipped, "skipped_compressed_bytes",
                         (unsigned long long)it->st_skipped_compressed, "damaged",
                         (unsigned long long)it->st_damaged, "bytes_read", (unsigned long long)it->st_bytes_in);
}

static PyGetSetDef WarcIter_getset[] = {
    {"stats", (getter)WarcIter_stats, NULL,
     "Counts so far (a new dict): records (WARC records read), pages (articles\n"
     "yielded), errors (error records yielded), skipped_bytes (decompressed bytes\n"
     "skipped to resynchronise), skipped_compressed_bytes, damaged (damaged\n"
     "records), bytes_read (input bytes).",
     NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static PyType_Slot WarcIter_slots[] = {
    {Py_tp_new, WarcIter_new},
    {Py_tp_dealloc, WarcIter_dealloc},
    {Py_tp_traverse, WarcIter_traverse},
    {Py_tp_clear, WarcIter_clear},
    {Py_tp_iter, WarcIter_iter},
    {Py_tp_iternext, WarcIter_next},
    {Py_tp_getset, WarcIter_getset},
    {Py_tp_doc, "WarcIter(source, factory, *, any_status, max_record_bytes, read_threads, **options): the iterator\n"
                "behind lede.iter_warc() (use that); options are extract()'s but charset."},
    {0, NULL}};

static PyType_Spec WarcIter_spec = {"lede.WarcIterator", sizeof(WarcIter), 0,
                                    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, WarcIter_slots};

static int warc_exec(PyObject *m)
{
    PyObject *t = PyType_FromSpec(&WarcIter_spec);
    if (!t)
        return -1;
    int rc = PyModule_AddObjectRef(m, "WarcIter", t);
    Py_DECREF(t);
    return rc;
}

static PyModuleDef_Slot warc_slots[] = {{Py_mod_exec, warc_exec}, {0, NULL}};

static struct PyModuleDef warc_module = {PyModuleDef_HEAD_INIT, "lede._lede_warc",
                                         "The C half of lede.iter_warc (use the lede package).", 0, NULL,
                                         warc_slots, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__lede_warc(void) { return PyModuleDef_Init(&warc_module); }
