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
 * "1e3", "#" are all plain strings inside quotes). The escaping is
 * escape.c's (yaml_put_escaped): what YAML does not allow raw even in
 * quotes and the line separators are escaped; invalid UTF-8 becomes U+FFFD. */
#include <string.h>

#include "render_int.h"

/* s as a YAML double-quoted scalar (escape.c says which characters are
 * escaped and why). */
static void yaml_put_string(buf *out, const char *s)
{
    buf_putc(out, '"');
    yaml_put_escaped(out, s, strlen(s));
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
