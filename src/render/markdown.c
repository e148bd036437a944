/* markdown.c: placeholder */
#include "render_int.h"
void render_markdown(const lede_article *art, buf *out) { render_text(art, out); }
