/* prefetch.h: inflating gzip members on helper threads ahead of the WARC
 * reader, inside src/warc/ only (source.c is its user).
 *
 * A gzip member has no length field, so where the next one starts is only
 * known once this one is inflated. The prefetcher guesses: it scans the
 * compressed input ahead of the reader for the gzip magic (the predicate
 * the reader itself uses to find members), takes each candidate up to the
 * next one as a member, and has a helper thread inflate it whole with
 * libdeflate (CRC and length checked). When the reader reaches a member
 * start it asks for the candidate at exactly that offset: a success gives
 * the decoded bytes and the member's compressed length, as if the reader
 * had inflated it itself; anything else (no such candidate, a candidate
 * that did not decode: a false one, a member ending past the next
 * candidate, corrupt or cut data, too big) makes the reader inflate that
 * member itself, so every damage rule stays the reader's. Inflating is
 * deterministic: a member that decodes from a shorter span decodes the
 * same from the reader's, so the bytes and events the reader sees do not
 * depend on whether a helper did the work. */
#ifndef LEDE_WARC_PREFETCH_H
#define LEDE_WARC_PREFETCH_H

#include <stddef.h>
#include <stdint.h>

typedef struct warc_pf warc_pf;

/* nthreads helper threads (1..64); NULL when none could be started. */
warc_pf *warc_pf_new(int nthreads);
/* Stops and joins the helpers, frees everything queued. NULL is fine. */
void warc_pf_free(warc_pf *pf);

/* Tells the prefetcher what compressed input is held: buf[0] is at input
 * offset base, bytes [pos, len) are not consumed yet, eof when the input
 * has ended. It finds candidates in the unread part and queues the ones
 * whose end is known. Returns 1 when it wants more input read ahead
 * (its read-ahead is below its bound and the input has not ended). */
int warc_pf_scan(warc_pf *pf, const unsigned char *buf, uint64_t base, size_t pos, size_t len, int eof);

/* The member starting at input offset `at`: 1 when a helper inflated it:
 * *out (malloc'd, the caller frees it) holds *out_len decoded bytes and
 * the member used *in_used compressed bytes. 0 when the caller must
 * inflate it itself. Drops queued candidates before `at` (passed over). */
int warc_pf_take(warc_pf *pf, uint64_t at, char **out, size_t *out_len, size_t *in_used);

/* 1 once the prefetcher gave up (most candidates failed: not a file with
 * one small member per record), so the caller stops feeding it. */
int warc_pf_off(const warc_pf *pf);

#endif
