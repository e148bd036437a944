/* lede_tokdump: runs lede's HTML tokenizer on many inputs in one process and
 * prints each token stream as one JSON line in html5lib-tests' format. Used
 * by tests/html5lib_tokenizer.py.
 *
 * Input (stdin), repeated: a header line "<state> <last-start-tag|-> <n>\n"
 * then n bytes of UTF-8. state is one of data, rcdata, rawtext, script,
 * plaintext, cdata. Output: one line per case, e.g.
 * [["StartTag","a",{"href":"x"}],["Character","hi"]]
 * Character tokens are not coalesced here; the runner does that. The input
 * goes through the same preprocessing as html_parse (CR/CRLF -> LF). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html/tokenizer.h"

static void td_json_str(FILE *out, const char *s, size_t n)
{
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 0x20 || c == 0x7f)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

static void td_run(FILE *out, const char *in, size_t len, const char *state, const char *last)
{
    char *norm = NULL;
    size_t nlen = len;
    if (tok_normalize(in, len, &norm, &nlen) == 1)
        in = norm;
    else
        nlen = len;
    tok_t t;
    tok_init(&t, in, nlen);
    if (!strcmp(state, "rcdata"))
        tok_set_state(&t, TOK_STATE_RCDATA);
    else if (!strcmp(state, "rawtext"))
        tok_set_state(&t, TOK_STATE_RAWTEXT);
    else if (!strcmp(state, "script"))
        tok_set_state(&t, TOK_STATE_SCRIPT);
    else if (!strcmp(state, "plaintext"))
        tok_set_state(&t, TOK_STATE_PLAINTEXT);
    else if (!strcmp(state, "cdata")) {
        tok_set_state(&t, TOK_STATE_CDATA);
        t.allow_cdata = 1;
    }
    if (strcmp(last, "-"))
        tok_set_last_start_tag(&t, last, strlen(last));
    fputc('[', out);
    int first = 1;
    tok_token tk;
    while (tok_next(&t, &tk) != TOK_EOF) {
        if (!first)
            fputc(',', out);
        first = 0;
        switch (tk.type) {
        case TOK_CHARS:
            fputs("[\"Character\",", out);
            td_json_str(out, tk.data, tk.len);
            fputc(']', out);
            break;
        case TOK_COMMENT:
            fputs("[\"Comment\",", out);
            td_json_str(out, tk.data, tk.len);
            fputc(']', out);
            break;
        case TOK_START:
        case TOK_END:
            fputs(tk.type == TOK_START ? "[\"StartTag\"," : "[\"EndTag\",", out);
            td_json_str(out, tk.data, tk.len);
            if (tk.type == TOK_START) {
                fputs(",{", out);
                for (size_t i = 0; i < tk.nattrs; i++) {
                    if (i)
                        fputc(',', out);
                    td_json_str(out, tk.attrs[i].name, tk.attrs[i].name_len);
                    fputc(':', out);
                    td_json_str(out, tk.attrs[i].value, tk.attrs[i].value_len);
                }
                fputc('}', out);
                if (tk.self_closing)
                    fputs(",true", out);
            }
            fputc(']', out);
            break;
        case TOK_DOCTYPE:
            fputs("[\"DOCTYPE\",", out);
            if (tk.has_name)
                td_json_str(out, tk.data, tk.len);
            else
                fputs("null", out);
            fputc(',', out);
            if (tk.has_public)
                td_json_str(out, tk.public_id, tk.public_len);
            else
                fputs("null", out);
            fputc(',', out);
            if (tk.has_system)
                td_json_str(out, tk.system_id, tk.system_len);
            else
                fputs("null", out);
            fputs(tk.force_quirks ? ",false]" : ",true]", out);
            break;
        default:
            break;
        }
    }
    fputs("]\n", out);
    tok_free(&t);
    free(norm);
}

int main(void)
{
    char line[512];
    size_t cap = 1 << 16;
    char *data = malloc(cap);
    if (!data)
        return 1;
    while (fgets(line, sizeof line, stdin)) {
        char state[32], last[256];
        size_t n;
        if (sscanf(line, "%31s %255s %zu", state, last, &n) != 3) {
            fprintf(stderr, "lede_tokdump: bad header: %s", line);
            return 2;
        }
        if (n + 1 > cap) {
            cap = n + 1;
            char *p = realloc(data, cap);
            if (!p)
                return 1;
            data = p;
        }
        if (n && fread(data, 1, n, stdin) != n) {
            fprintf(stderr, "lede_tokdump: short input\n");
            return 2;
        }
        td_run(stdout, data, n, state, last);
    }
    free(data);
    return 0;
}
