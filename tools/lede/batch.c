/* batch.c: the CLI's batch input and output (cli.h): the files of an
 * --input-dir folder tree, found by suffix, in sorted order, safe against
 * symbolic-link loops; the name of each input's file under --output-dir;
 * and writing those files whole or not at all. No extraction here: main.c
 * drives. The design and its rules: docs/batch.md. */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* ---- suffixes -------------------------------------------------------------- */

static int ends_with_ci(const char *s, size_t n, const char *suf, size_t k)
{
    if (k > n)
        return 0;
    for (size_t i = 0; i < k; i++) {
        unsigned char a = (unsigned char)s[n - k + i], b = (unsigned char)suf[i];
        if ((a >= 'A' && a <= 'Z' ? a + 32 : a) != (b >= 'A' && b <= 'Z' ? b + 32 : b))
            return 0;
    }
    return 1;
}

/* n less a trailing .gz or .zst: a compressed page keeps its own suffix
 * before that one (page.html.gz). */
static size_t strip_compression(const char *s, size_t n)
{
    if (ends_with_ci(s, n, ".gz", 3))
        return n - 3;
    if (ends_with_ci(s, n, ".zst", 4))
        return n - 4;
    return n;
}

/* 1 when the file name ends in one of exts, with or without .gz / .zst after it. */
static int ext_match(const char *name, const char *exts)
{
    if (strcmp(exts, "*") == 0)
        return 1;
    size_t full = strlen(name), bare = strip_compression(name, full);
    for (const char *p = exts; *p;) {
        size_t k = strcspn(p, ",");
        if (k && (ends_with_ci(name, bare, p, k) || ends_with_ci(name, full, p, k)))
            return 1;
        p += k;
        if (*p == ',')
            p++;
    }
    return 0;
}

/* ---- the folders entered: a set of (device, inode) ------------------------- */

typedef struct dir_id {
    dev_t dev;
    ino_t ino;
    int used;
} dir_id;

typedef struct dir_set {
    dir_id *v;
    size_t n, cap; /* cap: a power of two, kept at most half full */
} dir_set;

static size_t dir_slot(const dir_set *s, dev_t dev, ino_t ino)
{
    uint64_t h = ((uint64_t)ino * 0x9E3779B97F4A7C15ull) ^ (uint64_t)dev;
    size_t i = (size_t)(h ^ (h >> 29)) & (s->cap - 1);
    while (s->v[i].used && !(s->v[i].dev == dev && s->v[i].ino == ino))
        i = (i + 1) & (s->cap - 1);
    return i;
}

/* 1 when the folder was not in the set (it is now), 0 when it was, -1 on no memory. */
static int dir_set_add(dir_set *s, dev_t dev, ino_t ino)
{
    if ((s->n + 1) * 2 > s->cap) {
        dir_set g = {calloc(s->cap ? s->cap * 2 : 64, sizeof *g.v), 0, s->cap ? s->cap * 2 : 64};
        if (!g.v)
            return -1;
        for (size_t i = 0; i < s->cap; i++)
            if (s->v[i].used)
                g.v[dir_slot(&g, s->v[i].dev, s->v[i].ino)] = s->v[i];
        g.n = s->n;
        free(s->v);
        *s = g;
    }
    size_t i = dir_slot(s, dev, ino);
    if (s->v[i].used)
        return 0;
    s->v[i] = (dir_id){dev, ino, 1};
    s->n++;
    return 1;
}

/* ---- the walk ---------------------------------------------------------------- */

typedef struct walk {
    const char *exts;
    dir_set seen;
    cli_paths *out;
    cli_paths links; /* links to folders, entered after the real tree (no rel) */
    size_t rel;  /* length of the root's prefix "DIR/" in every path */
    FILE *err;
    int problems, oom;
} walk;

static char *path_join(const char *dir, const char *name)
{
    size_t a = strlen(dir), b = strlen(name);
    int slash = a && dir[a - 1] != '/';
    char *p = malloc(a + (size_t)slash + b + 1);
    if (!p)
        return NULL;
    memcpy(p, dir, a);
    if (slash)
        p[a] = '/';
    memcpy(p + a + (size_t)slash, name, b + 1);
    return p;
}

static int paths_push(cli_paths *p, char *path, size_t rel)
{
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 256;
        char **items = realloc(p->items, cap * sizeof *items);
        if (!items)
            return -1;
        p->items = items;
        size_t *r = realloc(p->rel, cap * sizeof *r);
        if (!r)
            return -1;
        p->rel = r;
        p->cap = cap;
    }
    p->items[p->n] = path;
    p->rel[p->n++] = rel;
    return 0;
}

void cli_paths_free(cli_paths *p)
{
    for (size_t i = 0; i < p->n; i++)
        free(p->items[i]);
    free(p->items);
    free(p->rel);
    memset(p, 0, sizeof *p);
}

static int path_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The entry names of dir (not "." and ".."), read whole before any is
 * entered, so the walk holds one open folder at a time however deep it
 * goes. NULL with *n 0 on an error (errno set). */
static char **dir_names(const char *dir, size_t *n)
{
    *n = 0;
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    char **names = NULL;
    size_t cap = 0;
    struct dirent *e;
    errno = 0;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 32;
            char **g = realloc(names, cap * sizeof *g);
            if (!g)
                break;
            names = g;
        }
        if (!(names[*n] = strdup(e->d_name)))
            break;
        (*n)++;
        errno = 0;
    }
    int e2 = errno;
    closedir(d);
    if (e2) {
        for (size_t i = 0; i < *n; i++)
            free(names[i]);
        free(names);
        *n = 0;
        errno = e2;
        return NULL;
    }
    if (!names)
        names = malloc(1); /* an empty folder: not an error */
    else
        qsort(names, *n, sizeof *names, path_cmp); /* readdir's order is the file system's */
    return names;
}

static void walk_dir(walk *w, const char *dir);

/* One entry of a folder: a matching file is kept (path handed over), a
 * folder not entered before is walked, a link to a folder is kept for
 * later. A name that cannot be followed (a dangling link) but matches is
 * kept too: reading it gives its io record. */
static void walk_entry(walk *w, const char *name, char *path)
{
    struct stat st;
    int link = lstat(path, &st) == 0 && S_ISLNK(st.st_mode);
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode) && link) {
        /* the real tree first, so that a folder reached both ways is
         * listed under its own path, whatever the names sort like */
        if (paths_push(&w->links, path, 0) < 0) {
            w->oom = 1;
            free(path);
        }
        return;
    }
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        int keep = ext_match(name, w->exts) && (stat(path, &st) != 0 || S_ISREG(st.st_mode));
        if (keep && paths_push(w->out, path, w->rel) == 0)
            return;
        w->oom |= keep;
        free(path);
        return;
    }
    int fresh = dir_set_add(&w->seen, st.st_dev, st.st_ino);
    if (fresh < 0)
        w->oom = 1;
    else if (fresh)
        walk_dir(w, path);
    free(path);
}

static void walk_dir(walk *w, const char *dir)
{
    size_t n;
    char **names = dir_names(dir, &n);
    if (!names) {
        fprintf(w->err, "lede: cannot read folder %s: %s\n", dir, strerror(errno));
        w->problems++;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        char *path = w->oom ? NULL : path_join(dir, names[i]);
        if (path)
            walk_entry(w, names[i], path);
        else
            w->oom = 1;
        free(names[i]);
    }
    free(names);
}

int cli_walk_dir(const char *dir, const char *exts, const char *skip_dir, cli_paths *out, FILE *err)
{
    walk w = {exts, {NULL, 0, 0}, out, {NULL, NULL, 0, 0}, 0, err, 0, 0};
    size_t len = strlen(dir);
    w.rel = len + (len && dir[len - 1] != '/');
    struct stat st;
    int rc = stat(dir, &st);
    if (rc != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(err, "lede: --input-dir %s: %s\n", dir, rc != 0 ? strerror(errno) : "not a folder");
        return 1;
    }
    /* the root first: an output folder that is the input folder skips nothing */
    if (dir_set_add(&w.seen, st.st_dev, st.st_ino) < 0)
        return -1;
    if (skip_dir && stat(skip_dir, &st) == 0 && S_ISDIR(st.st_mode) && dir_set_add(&w.seen, st.st_dev, st.st_ino) < 0) {
        free(w.seen.v);
        return -1;
    }
    size_t first = out->n;
    walk_dir(&w, dir);
    /* then the links to folders, in the order met; entering one may add more */
    for (size_t i = 0; i < w.links.n && !w.oom; i++) {
        struct stat ls;
        if (stat(w.links.items[i], &ls) == 0) {
            int fresh = dir_set_add(&w.seen, ls.st_dev, ls.st_ino);
            if (fresh < 0)
                w.oom = 1;
            else if (fresh)
                walk_dir(&w, w.links.items[i]);
        }
    }
    cli_paths_free(&w.links);
    free(w.seen.v);
    if (w.oom)
        return -1;
    qsort(out->items + first, out->n - first, sizeof *out->items, path_cmp);
    return w.problems;
}

/* ---- output names ---------------------------------------------------------- */

const char *cli_mirror_rel(const char *path)
{
    const char *p = path;
    for (;;) {
        while (*p == '/')
            p++;
        if (p[0] == '.' && p[1] == '/') {
            p += 2;
            continue;
        }
        break;
    }
    if (!*p || strcmp(p, ".") == 0)
        return NULL;
    for (const char *q = p; *q;) {
        size_t k = strcspn(q, "/");
        if (k == 2 && q[0] == '.' && q[1] == '.')
            return NULL;
        q += k;
        while (*q == '/')
            q++;
    }
    return p;
}

char *cli_output_path(const char *outdir, const char *rel, const char *ext)
{
    size_t n = strip_compression(rel, strlen(rel));
    const char *slash = NULL;
    for (const char *q = rel; q < rel + n; q++)
        if (*q == '/')
            slash = q;
    const char *base = slash ? slash + 1 : rel, *dot = NULL;
    for (const char *q = base; q < rel + n; q++)
        if (*q == '.')
            dot = q;
    if (dot && dot > base) /* "page.html" -> "page"; ".profile" keeps its name */
        n = (size_t)(dot - rel);
    size_t a = strlen(outdir), e = strlen(ext);
    int sep = a && outdir[a - 1] != '/';
    char *p = malloc(a + (size_t)sep + n + e + 1);
    if (!p)
        return NULL;
    memcpy(p, outdir, a);
    if (sep)
        p[a] = '/';
    memcpy(p + a + (size_t)sep, rel, n);
    memcpy(p + a + (size_t)sep + n, ext, e + 1);
    return p;
}

/* ---- atomic files ----------------------------------------------------------- */

/* Creates the folders above path (mkdir -p of its dirname); 0 or an errno. */
static int make_parents(char *path)
{
    for (char *s = path + 1; *s; s++) {
        if (*s != '/' || s[-1] == '/')
            continue;
        *s = '\0';
        int e = mkdir(path, 0777) == 0 || errno == EEXIST ? 0 : errno;
        *s = '/';
        if (e)
            return e;
    }
    return 0;
}

int cli_write_atomic(const char *path, const char *data, size_t len, unsigned mode)
{
    size_t n = strlen(path);
    const char *slash = strrchr(path, '/');
    size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
    char *tmp = malloc(n + 32), *parents = strdup(path);
    if (!tmp || !parents) {
        free(tmp);
        free(parents);
        return ENOMEM;
    }
    snprintf(tmp, n + 32, "%.*s.%s.tmp.XXXXXX", (int)dir, path, path + dir);
    int e = make_parents(parents);
    free(parents);
    int fd = e ? -1 : mkstemp(tmp);
    if (fd < 0) {
        e = e ? e : errno;
        free(tmp);
        return e;
    }
    for (size_t done = 0; done < len && !e;) {
        ssize_t w = write(fd, data + done, len - done);
        if (w < 0 && errno != EINTR)
            e = errno;
        else if (w > 0)
            done += (size_t)w;
    }
    if (!e && fchmod(fd, (mode_t)mode) != 0)
        e = errno;
    if (close(fd) != 0 && !e)
        e = errno;
    if (!e && rename(tmp, path) != 0)
        e = errno;
    if (e)
        unlink(tmp);
    free(tmp);
    return e;
}
