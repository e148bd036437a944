/* tags.h: the HTML element names lede knows by number (X-macro). Elements
 * not listed get TAG_UNKNOWN and keep their lower-cased name in the node.
 * Flags per tag drive both the tree builder and the extractor:
 *   V void (no end tag, no children)   B block-level for text layout
 *   I inline phrasing                  R raw text / RCDATA content
 *   J junk: never part of an article body (script, style, nav chrome...) */
#ifndef LEDE_TAGS_H
#define LEDE_TAGS_H

#include <stddef.h>
#include <stdint.h>

enum { TF_VOID = 1, TF_BLOCK = 2, TF_INLINE = 4, TF_RAW = 8, TF_JUNK = 16, TF_HEADING = 32,
       TF_FORMATTING = 64 };

/*   name        id              flags */
#define LEDE_TAG_LIST(X) \
    X(a,          TAG_A,          TF_INLINE | TF_FORMATTING) \
    X(abbr,       TAG_ABBR,       TF_INLINE) \
    X(address,    TAG_ADDRESS,    TF_BLOCK) \
    X(applet,     TAG_APPLET,     TF_JUNK) \
    X(area,       TAG_AREA,       TF_VOID) \
    X(article,    TAG_ARTICLE,    TF_BLOCK) \
    X(aside,      TAG_ASIDE,      TF_BLOCK) \
    X(audio,      TAG_AUDIO,      TF_JUNK) \
    X(b,          TAG_B,          TF_INLINE | TF_FORMATTING) \
    X(base,       TAG_BASE,       TF_VOID) \
    X(basefont,   TAG_BASEFONT,   TF_VOID) \
    X(bdi,        TAG_BDI,        TF_INLINE) \
    X(bdo,        TAG_BDO,        TF_INLINE) \
    X(big,        TAG_BIG,        TF_INLINE | TF_FORMATTING) \
    X(blockquote, TAG_BLOCKQUOTE, TF_BLOCK) \
    X(body,       TAG_BODY,       TF_BLOCK) \
    X(br,         TAG_BR,         TF_VOID | TF_INLINE) \
    X(button,     TAG_BUTTON,     TF_JUNK) \
    X(canvas,     TAG_CANVAS,     TF_JUNK) \
    X(caption,    TAG_CAPTION,    TF_BLOCK) \
    X(center,     TAG_CENTER,     TF_BLOCK) \
    X(cite,       TAG_CITE,       TF_INLINE) \
    X(code,       TAG_CODE,       TF_INLINE | TF_FORMATTING) \
    X(col,        TAG_COL,        TF_VOID) \
    X(colgroup,   TAG_COLGROUP,   0) \
    X(data,       TAG_DATA,       TF_INLINE) \
    X(datalist,   TAG_DATALIST,   TF_JUNK) \
    X(dd,         TAG_DD,         TF_BLOCK) \
    X(del,        TAG_DEL,        TF_INLINE) \
    X(details,    TAG_DETAILS,    TF_BLOCK) \
    X(dfn,        TAG_DFN,        TF_INLINE) \
    X(dialog,     TAG_DIALOG,     TF_BLOCK | TF_JUNK) \
    X(dir,        TAG_DIR,        TF_BLOCK) \
    X(div,        TAG_DIV,        TF_BLOCK) \
    X(dl,         TAG_DL,         TF_BLOCK) \
    X(dt,         TAG_DT,         TF_BLOCK) \
    X(em,         TAG_EM,         TF_INLINE | TF_FORMATTING) \
    X(embed,      TAG_EMBED,      TF_VOID | TF_JUNK) \
    X(fieldset,   TAG_FIELDSET,   TF_BLOCK) \
    X(figcaption, TAG_FIGCAPTION, TF_BLOCK) \
    X(figure,     TAG_FIGURE,     TF_BLOCK) \
    X(font,       TAG_FONT,       TF_INLINE | TF_FORMATTING) \
    X(footer,     TAG_FOOTER,     TF_BLOCK) \
    X(form,       TAG_FORM,       TF_BLOCK) \
    X(frame,      TAG_FRAME,      TF_VOID | TF_JUNK) \
    X(frameset,   TAG_FRAMESET,   TF_JUNK) \
    X(h1,         TAG_H1,         TF_BLOCK | TF_HEADING) \
    X(h2,         TAG_H2,         TF_BLOCK | TF_HEADING) \
    X(h3,         TAG_H3,         TF_BLOCK | TF_HEADING) \
    X(h4,         TAG_H4,         TF_BLOCK | TF_HEADING) \
    X(h5,         TAG_H5,         TF_BLOCK | TF_HEADING) \
    X(h6,         TAG_H6,         TF_BLOCK | TF_HEADING) \
    X(head,       TAG_HEAD,       0) \
    X(header,     TAG_HEADER,     TF_BLOCK) \
    X(hgroup,     TAG_HGROUP,     TF_BLOCK) \
    X(hr,         TAG_HR,         TF_VOID | TF_BLOCK) \
    X(html,       TAG_HTML,       TF_BLOCK) \
    X(i,          TAG_I,          TF_INLINE | TF_FORMATTING) \
    X(iframe,     TAG_IFRAME,     TF_RAW | TF_JUNK) \
    X(img,        TAG_IMG,        TF_VOID | TF_INLINE) \
    X(input,      TAG_INPUT,      TF_VOID | TF_JUNK) \
    X(ins,        TAG_INS,        TF_INLINE) \
    X(kbd,        TAG_KBD,        TF_INLINE) \
    X(keygen,     TAG_KEYGEN,     TF_VOID | TF_JUNK) \
    X(label,      TAG_LABEL,      TF_INLINE) \
    X(legend,     TAG_LEGEND,     TF_BLOCK) \
    X(li,         TAG_LI,         TF_BLOCK) \
    X(link,       TAG_LINK,       TF_VOID) \
    X(listing,    TAG_LISTING,    TF_BLOCK) \
    X(main,       TAG_MAIN,       TF_BLOCK) \
    X(map,        TAG_MAP,        TF_JUNK) \
    X(mark,       TAG_MARK,       TF_INLINE) \
    X(math,       TAG_MATH,       TF_JUNK) \
    X(menu,       TAG_MENU,       TF_BLOCK) \
    X(meta,       TAG_META,       TF_VOID) \
    X(meter,      TAG_METER,      TF_JUNK) \
    X(nav,        TAG_NAV,        TF_BLOCK) \
    X(nobr,       TAG_NOBR,       TF_INLINE | TF_FORMATTING) \
    X(noembed,    TAG_NOEMBED,    TF_RAW | TF_JUNK) \
    X(noframes,   TAG_NOFRAMES,   TF_RAW | TF_JUNK) \
    X(noscript,   TAG_NOSCRIPT,   TF_RAW | TF_JUNK) \
    X(object,     TAG_OBJECT,     TF_JUNK) \
    X(ol,         TAG_OL,         TF_BLOCK) \
    X(optgroup,   TAG_OPTGROUP,   TF_JUNK) \
    X(option,     TAG_OPTION,     TF_JUNK) \
    X(output,     TAG_OUTPUT,     TF_INLINE) \
    X(p,          TAG_P,          TF_BLOCK) \
    X(param,      TAG_PARAM,      TF_VOID) \
    X(picture,    TAG_PICTURE,    TF_INLINE) \
    X(plaintext,  TAG_PLAINTEXT,  TF_RAW | TF_BLOCK) \
    X(pre,        TAG_PRE,        TF_BLOCK) \
    X(progress,   TAG_PROGRESS,   TF_JUNK) \
    X(q,          TAG_Q,          TF_INLINE) \
    X(rp,         TAG_RP,         TF_INLINE | TF_JUNK) /* ruby brackets and readings: */ \
    X(rt,         TAG_RT,         TF_INLINE | TF_JUNK) /* the base text is the word */ \
    X(ruby,       TAG_RUBY,       TF_INLINE) \
    X(s,          TAG_S,          TF_INLINE | TF_FORMATTING) \
    X(samp,       TAG_SAMP,       TF_INLINE) \
    X(script,     TAG_SCRIPT,     TF_RAW | TF_JUNK) \
    X(section,    TAG_SECTION,    TF_BLOCK) \
    X(select,     TAG_SELECT,     TF_JUNK) \
    X(slot,       TAG_SLOT,       0) \
    X(small,      TAG_SMALL,      TF_INLINE | TF_FORMATTING) \
    X(source,     TAG_SOURCE,     TF_VOID) \
    X(span,       TAG_SPAN,       TF_INLINE) \
    X(strike,     TAG_STRIKE,     TF_INLINE | TF_FORMATTING) \
    X(strong,     TAG_STRONG,     TF_INLINE | TF_FORMATTING) \
    X(style,      TAG_STYLE,      TF_RAW | TF_JUNK) \
    X(sub,        TAG_SUB,        TF_INLINE) \
    X(summary,    TAG_SUMMARY,    TF_BLOCK) \
    X(sup,        TAG_SUP,        TF_INLINE) \
    X(svg,        TAG_SVG,        TF_JUNK) \
    X(table,      TAG_TABLE,      TF_BLOCK) \
    X(tbody,      TAG_TBODY,      TF_BLOCK) \
    X(td,         TAG_TD,         TF_BLOCK) \
    X(template,   TAG_TEMPLATE,   TF_JUNK) \
    X(textarea,   TAG_TEXTAREA,   TF_RAW | TF_JUNK) \
    X(tfoot,      TAG_TFOOT,      TF_BLOCK) \
    X(th,         TAG_TH,         TF_BLOCK) \
    X(thead,      TAG_THEAD,      TF_BLOCK) \
    X(time,       TAG_TIME,       TF_INLINE) \
    X(title,      TAG_TITLE,      TF_RAW) \
    X(tr,         TAG_TR,         TF_BLOCK) \
    X(track,      TAG_TRACK,      TF_VOID) \
    X(tt,         TAG_TT,         TF_INLINE | TF_FORMATTING) \
    X(u,          TAG_U,          TF_INLINE | TF_FORMATTING) \
    X(ul,         TAG_UL,         TF_BLOCK) \
    X(var,        TAG_VAR,        TF_INLINE) \
    X(video,      TAG_VIDEO,      TF_JUNK) \
    X(wbr,        TAG_WBR,        TF_VOID | TF_INLINE) \
    X(xmp,        TAG_XMP,        TF_RAW | TF_BLOCK)

typedef enum {
    TAG_UNKNOWN = 0,
#define X(name, id, flags) id,
    LEDE_TAG_LIST(X)
#undef X
    TAG__COUNT
} tag_id;

extern const uint8_t tag_flags[TAG__COUNT];
extern const char *const tag_names[TAG__COUNT];

/* Looks up an already lower-cased name; TAG_UNKNOWN when not listed. */
tag_id tag_lookup(const char *name, size_t len);

#endif
