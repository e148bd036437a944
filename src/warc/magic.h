/* magic.h: the first bytes that start a gzip member or a zstd frame, one
 * test for the reader's member scan (source.c), the gzip prefetcher's scan
 * (prefetch.c) and the sniffing of compressed pages (http.c), so the three
 * cannot disagree on what a compressed input looks like. p has at least 4
 * bytes. */
#ifndef LEDE_WARC_MAGIC_H
#define LEDE_WARC_MAGIC_H

#include <stdint.h>

static inline uint32_t warc_le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* ID1 ID2, CM = deflate, and FLG with its reserved bits clear (RFC 1952):
 * four bytes, so a stray 0x1f 0x8b in compressed data rarely passes. */
static inline int warc_is_gzip_magic(const unsigned char *p)
{
    return p[0] == 0x1f && p[1] == 0x8b && p[2] == 8 && (p[3] & 0xe0) == 0;
}

/* FLG's FHCRC bit: the member's header carries a CRC-16. zlib checks it
 * and refuses a member whose CRC is wrong; libdeflate skips it unread and
 * would decode the member. So every libdeflate path (http.c's one-call
 * inflate, the reader's member decode in source.c, the prefetcher) leaves
 * such a member to zlib, and a wrong header CRC fails the same way
 * whichever path would have taken it. */
static inline int warc_gzip_has_fhcrc(const unsigned char *p) { return (p[3] & 2) != 0; }

/* A zstd frame (RFC 8878 magic 0xFD2FB528). */
static inline int warc_is_zstd_magic(const unsigned char *p) { return warc_le32(p) == 0xFD2FB528u; }

/* A zstd skippable frame (magic 0x184D2A50..5F): Common Crawl's dictionary
 * frame is one. */
static inline int warc_is_zstd_skippable(const unsigned char *p)
{
    return (warc_le32(p) & 0xFFFFFFF0u) == 0x184D2A50u;
}

#endif
