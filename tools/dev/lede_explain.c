/* lede_explain.c: developer tool. Shows why the extractor chose what it
 * chose: the body subtrees (tag, class, id, path) and, with -t, the tree
 * under them with removed subtrees marked.
 *   lede_explain [-t] page.html */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "lede.h"

static void describe(const dom_node *n)
{
    const char *cls = dom_attr_get(n, "class"), *id = dom_attr_get(n, "id");
    printf("<%s", n->name ? n->name : "#");
    if (id)
        printf(" id=\"%.60s\"", id);
    if (cls)
        printf(" class=\"%.80s\"", cls);
    printf(">");
}

static size_t text_len(const dom_node *root)
{
    size_t t = 0;
    for (const dom_node *n = root; n; n = dom_next(root, n)) {
        if (n->type == DOM_ELEMENT && (n->flags & DOM_F_REMOVED) && n != root) {
            n = dom_next_skip(root, n);
            if (!n)
                break;
            if (n->type == DOM_TEXT)
                t += n->text_len;
            continue;
        }
        if (n->type == DOM_TEXT)
            t += n->text_len;
    }
    return t;
}

static void tree(const dom_node *root, int maxdepth)
{
    int depth = 0;
    for (const dom_node *n = root; n;) {
        if (n->type == DOM_ELEMENT) {
            int d = 0;
            for (const dom_node *p = n; p != root; p = p->parent)
                d++;
            depth = d;
            if (depth <= maxdepth && (tag_flags[n->tag] & TF_BLOCK || (n->flags & DOM_F_REMOVED))) {
                printf("%*s%s", depth * 2, "", (n->flags & DOM_F_REMOVED) ? "X " : "");
                describe(n);
                printf(" %zu\n", text_len(n));
            }
            if (n->flags & DOM_F_REMOVED) {
                n = dom_next_skip(root, n);
                continue;
            }
        }
        n = dom_next(root, n);
    }
}

/* -s: every text node with its fate: K kept in the body, R removed inside
 * the body (with the removed ancestor), O outside the chosen body (with
 * the removed ancestor if any). */
static void fates(const lede_article *art)
{
    const dom_node *root = art->doc->body ? art->doc->body : art->doc->root;
    for (const dom_node *n = root; n; n = dom_next(root, n)) {
        if (n->type != DOM_TEXT)
            continue;
        int in_body = 0;
        const dom_node *removed = NULL;
        for (const dom_node *p = n; p; p = p->parent) {
            if ((p->flags & DOM_F_REMOVED) && !removed)
                removed = p;
            for (size_t i = 0; i < art->nbody; i++)
                if (art->body[i] == p)
                    in_body = 1;
        }
        int junk = 0;
        for (const dom_node *p = n->parent; p; p = p->parent)
            if (p->type == DOM_ELEMENT && (tag_flags[p->tag] & TF_JUNK))
                junk = 1;
        if (junk)
            continue;
        printf("%c\t", in_body ? (removed ? 'R' : 'K') : 'O');
        if (removed)
            describe(removed);
        printf("\t");
        int sp = 0;
        for (uint32_t i = 0; i < n->text_len; i++) {
            char ch = n->text[i];
            if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
                sp = 1;
                continue;
            }
            if (sp)
                putchar(' ');
            sp = 0;
            putchar(ch);
        }
        putchar('\n');
    }
}

int main(int argc, char **argv)
{
    int show_tree = 0, argi = 1, maxdepth = 6, show_fates = 0;
    if (argi < argc && strcmp(argv[argi], "-s") == 0) {
        show_fates = 1;
        argi++;
    }
    if (argi < argc && strcmp(argv[argi], "-t") == 0) {
        show_tree = 1;
        argi++;
    }
    if (argi < argc && strncmp(argv[argi], "-d", 2) == 0) {
        maxdepth = atoi(argv[argi] + 2);
        argi++;
    }
    if (argi >= argc) {
        fprintf(stderr, "usage: lede_explain [-t] [-dN] page.html\n");
        return 2;
    }
    FILE *f = fopen(argv[argi], "rb");
    if (!f)
        return 1;
    fseek(f, 0, SEEK_END);
    long sz = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc((size_t)sz + 1);
    if (!data || fread(data, 1, (size_t)sz, f) != (size_t)sz)
        return 1;
    fclose(f);
    lede_article *art = NULL;
    lede_status st = lede_extract(data, (size_t)sz, NULL, NULL, &art);
    if (st != LEDE_OK) {
        printf("error %s\n", lede_status_name(st));
        return 1;
    }
    if (show_fates) {
        fates(art);
        lede_article_free(art);
        free(data);
        return 0;
    }
    printf("title: %s\nbody: %zu subtree(s)\n", art->title ? art->title : "(none)", art->nbody);
    for (size_t i = 0; i < art->nbody; i++) {
        const dom_node *b = art->body[i];
        printf("  [%zu] ", i);
        for (const dom_node *p = b; p && p->type == DOM_ELEMENT; p = p->parent) {
            describe(p);
            printf(" < ");
        }
        printf(" text=%zu\n", text_len(b));
        if (show_tree)
            tree(b, maxdepth);
    }
    if (show_tree && art->doc->body) {
        printf("---- whole body ----\n");
        tree(art->doc->body, maxdepth);
    }
    lede_article_free(art);
    free(data);
    return 0;
}
