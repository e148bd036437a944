/* fuzz_parse.c: libFuzzer target for the HTML parser. Parses the input with
 * small limits part of the time (so the depth and node caps are exercised
 * too), walks the whole tree checking its links and counts, and frees it.
 * Build: cmake -B build-fuzz -DCMAKE_C_COMPILER=clang -DLEDE_FUZZ=ON
 *        cmake --build build-fuzz --target fuzz_parse
 * Run:   build-fuzz/fuzz_parse -dict=fuzz/html.dict -max_len=65536 corpus/ */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "html/parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fz_check(const dom_document *doc)
{
    uint32_t n = 0;
    for (const dom_node *x = doc->root; x; x = dom_next(doc->root, x)) {
        n++;
        if (x->first_child && x->first_child->parent != x)
            abort();
        if (x->next && x->next->prev != x)
            abort();
        if (x->type == DOM_TEXT && (!x->text || strlen(x->text) > x->text_len))
            abort();
        if (x->type == DOM_ELEMENT) {
            if (!x->name)
                abort();
            for (uint32_t i = 0; i < x->nattrs; i++)
                if (!x->attrs[i].name || !x->attrs[i].value)
                    abort();
        }
    }
    if (n != doc->node_count)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dom_limits lim = {0, 0};
    if (size && (data[0] & 3) == 1) { /* a quarter of the inputs: tiny caps */
        lim.max_nodes = 50;
        lim.max_depth = 8;
    }
    dom_document *doc = html_parse((const char *)data, size, &lim);
    if (doc) {
        fz_check(doc);
        dom_document_free(doc);
    }
    return 0;
}
