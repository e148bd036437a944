/* lede_warcread.c: the WARC reader alone, for measuring it: reads every
 * record of the given files (decompression + WARC framing, no HTTP
 * decoding, no extraction) through the public API and prints the counts
 * and the CPU seconds of the calling thread and of the whole process.
 * Its CPU time against `lede warc -j 1`'s is the reader's share.
 *
 *     build/lede_warcread FILE...                # read + inflate + framing
 *     build/lede_warcread --payload FILE...      # + HTTP decoding of page records
 *     build/lede_warcread --threads N FILE...    # gzip members inflated on N helpers
 *                                                # (lede_warc_set_threads), as `lede warc -j N` */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lede_warc.h"

static double cpu_seconds(clockid_t clock)
{
    struct timespec t;
    clock_gettime(clock, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    int payload = 0, threads = 0;
    unsigned long long records = 0, pages = 0, bytes = 0, in = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--payload") == 0) {
            payload = 1;
            continue;
        }
        if (strcmp(argv[i], "--threads") == 0 && i + 1 < argc) {
            threads = atoi(argv[++i]);
            continue;
        }
        lede_warc_reader *r = lede_warc_open(argv[i]);
        if (!r) {
            perror(argv[i]);
            return 1;
        }
        lede_warc_set_threads(r, threads);
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
    printf("records %llu, block bytes %llu, input bytes %llu", records, bytes, in);
    if (payload)
        printf(", payloads decoded %llu", pages);
    printf("\nCPU seconds: reading thread %.3f, process %.3f\n", cpu_seconds(CLOCK_THREAD_CPUTIME_ID),
           cpu_seconds(CLOCK_PROCESS_CPUTIME_ID));
    return 0;
}
