/* lede_warcread.c: the WARC reader alone, for measuring it: reads every
 * record of the given files (decompression + WARC framing, no HTTP
 * decoding, no extraction) through the public API and prints the counts.
 * Its CPU time against `lede warc -j 1`'s is the reader's share.
 *
 *     build/lede_warcread FILE...                # read + inflate + framing
 *     build/lede_warcread --payload FILE...      # + HTTP decoding of page records */
#include <stdio.h>
#include <string.h>

#include "lede_warc.h"

int main(int argc, char **argv)
{
    int payload = 0;
    unsigned long long records = 0, pages = 0, bytes = 0, in = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--payload") == 0) {
            payload = 1;
            continue;
        }
        lede_warc_reader *r = lede_warc_open(argv[i]);
        if (!r) {
            perror(argv[i]);
            return 1;
        }
        lede_warc_record *rec;
        while (lede_warc_next(r, &rec) == 1) {
            records++;
            size_t n = 0;
            lede_warc_record_block(rec, &n);
            bytes += n;
            if (payload && lede_warc_record_may_be_page(rec)) {
                const char *d;
                if (lede_warc_record_payload(rec, &d, &n, NULL) == LEDE_OK)
                    pages++;
            }
        }
        in += lede_warc_stat_get(r, LEDE_WARC_STAT_BYTES_IN);
        lede_warc_close(r);
    }
    printf("records %llu, block bytes %llu, input bytes %llu%s", records, bytes, in, payload ? "" : "\n");
    if (payload)
        printf(", payloads decoded %llu\n", pages);
    return 0;
}
