/* front_matter.c: the YAML front matter the Markdown output starts with
 * when the front_matter switch is on (lede_options_set_front_matter):
 *
 *   ---
 *   title: "Harbour town votes to restore its tidal mill"
 *   authors: ["Maren Holloway"]
 *   date: "2024-05-14T08:30:00+01:00"
 *   ...
 *   ---
 *
 * Only the fields the page gives are written, in a fixed order. Every
 * value is a YAML double-quoted scalar, so no page text can end the block,
 * start a new key or be read as another type ("---", "key: value", "yes",
 * "1e3", "#" are all plain strings inside quotes). Escapes are the ones
 * JSON and YAML share (\" \\ \n \t \uXXXX), plus \u for the characters
 * YAML does not allow raw even in quotes (DEL, C1 controls, U+FFFE/FFFF)
 * and the line separators; invalid UTF-8 becomes U+FFFD. */
#include <stdio.h>
#include <string.h>

#include "core/utf8.h"
#include "render_int.h"

/* 1 when code point cp must be written as \uXXXX: YAML's c-printable
 * excludes C0 and C1 controls, DEL and U+FFFE/U+FFFF; U+0085, U+2028 and
 * U+2029 are line breaks to many readers. */
static int yaml_needs_escape(unsigned cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || cp == 0xFFFE ||
           cp == 0xFFFF;
}

/* s as a YAML double-quoted scalar. */
static void yaml_put_string(buf *out, const char *s)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + strlen(s);
    buf_putc(out, '"');
    while (p < e) {
        size_t k = utf8_seq_len(p, (size_t)(e - p));
        if (!k) {
            buf_put(out, "\xEF\xBF\xBD", 3);
            p++;
            continue;
        }
        unsigned cp = utf8_decode(p, k);
        if (cp == '"' || cp == '\\') {
            buf_putc(out, '\\');
            buf_putc(out, (char)cp);
        } else if (cp == '\n') {
            buf_put(out, "\\n", 2);
        } else if (cp == '\t') {
            buf_put(out, "\\t", 2);
        } else if (yaml_needs_escape(cp)) {
            char esc[8];
            int n = snprintf(esc, sizeof esc, "\\u%04X", cp);
            buf_put(out, esc, (size_t)n);
        } else {
            buf_put(out, p, k);
        }
        p += k;
    }
    buf_putc(out, '"');
}

static void yaml_put_key(buf *out, const char *key)
{
    buf_puts(out, key);
    buf_puts(out, ": ");
}

/* A string field, when the page gives it. */
static void yaml_put_field(buf *out, const lede_article *art, lede_field f)
{
    const char *v = lede_article_field(art, f);
    if (!v || !*v)
        return;
    yaml_put_key(out, lede_field_name(f));
    yaml_put_string(out, v);
    buf_putc(out, '\n');
}

/* A list field as a flow sequence, when it has items. */
static void yaml_put_list(buf *out, const lede_article *art, lede_field f)
{
    size_t n = lede_article_list_count(art, f);
    if (!n)
        return;
    yaml_put_key(out, lede_field_name(f));
    buf_putc(out, '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_puts(out, ", ");
        yaml_put_string(out, lede_article_list_item(art, f, i));
    }
    buf_puts(out, "]\n");
}

void render_front_matter(const lede_article *art, buf *out)
{
    buf_puts(out, "---\n");
    yaml_put_field(out, art, LEDE_FIELD_TITLE);
    yaml_put_list(out, art, LEDE_FIELD_AUTHORS);
    yaml_put_field(out, art, LEDE_FIELD_DATE);
    yaml_put_field(out, art, LEDE_FIELD_DATE_MODIFIED);
    yaml_put_field(out, art, LEDE_FIELD_URL);
    yaml_put_field(out, art, LEDE_FIELD_SITENAME);
    yaml_put_field(out, art, LEDE_FIELD_LANGUAGE);
    yaml_put_field(out, art, LEDE_FIELD_DESCRIPTION);
    yaml_put_field(out, art, LEDE_FIELD_IMAGE);
    yaml_put_list(out, art, LEDE_FIELD_TAGS);
    buf_puts(out, "---\n\n");
}
