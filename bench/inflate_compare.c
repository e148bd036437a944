/* bench/inflate_compare.c: libdeflate against ISA-L's igzip on the gzip
 * members of a WARC file (gzip per record): each member inflated whole, in
 * one call, three rounds, CPU seconds; both must give the same bytes. It
 * records why the WARC reader keeps libdeflate (docs/warc.md, "The one-core
 * reader ceiling: inflate"). Not part of the build: ISA-L is not a
 * dependency of lede.
 *
 *   apt-get install libisal-dev
 *   gcc -O2 -o /tmp/inflate_compare bench/inflate_compare.c -ldeflate -lisal
 *   python3 bench/make_warc.py --copies 1 --out /tmp/b1.warc.gz
 *   /tmp/inflate_compare /tmp/b1.warc.gz
 */
#include <isa-l/igzip_lib.h>
#include <libdeflate.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define MAX_MEMBERS 1000000
#define OUT_CAP ((size_t)64 << 20) /* larger than any member of make_warc.py's files */

static double cpu_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static unsigned char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    unsigned char *buf = n > 0 ? malloc((size_t)n) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) { free(buf); buf = NULL; }
    fclose(f);
    *len = buf ? (size_t)n : 0;
    return buf;
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: inflate_compare FILE.warc.gz\n"); return 2; }
    size_t in_len;
    unsigned char *in = read_file(argv[1], &in_len);
    unsigned char *out = malloc(OUT_CAP);
    static size_t start[MAX_MEMBERS + 1];
    struct libdeflate_decompressor *ld = libdeflate_alloc_decompressor();
    if (!in || !out || !ld) { fprintf(stderr, "inflate_compare: cannot read %s\n", argv[1]); return 2; }

    /* Member boundaries: gzip members carry no length, so find them by inflating. */
    int members = 0;
    size_t pos = 0, total = 0;
    while (pos < in_len && members < MAX_MEMBERS) {
        size_t used, produced;
        if (libdeflate_gzip_decompress_ex(ld, in + pos, in_len - pos, out, OUT_CAP, &used, &produced) != LIBDEFLATE_SUCCESS) {
            fprintf(stderr, "inflate_compare: not a gzip member at byte %zu\n", pos);
            return 2;
        }
        start[members++] = pos;
        pos += used;
        total += produced;
    }
    start[members] = pos;
    printf("%d members, %zu -> %zu bytes\n", members, pos, total);

    for (int round = 0; round < 3; round++) {
        double t0 = cpu_seconds();
        size_t out_ld = 0, out_isal = 0;
        for (int i = 0; i < members; i++) {
            size_t used, produced;
            libdeflate_gzip_decompress_ex(ld, in + start[i], start[i + 1] - start[i], out, OUT_CAP, &used, &produced);
            out_ld += produced;
        }
        double t1 = cpu_seconds();
        struct inflate_state st;
        for (int i = 0; i < members; i++) {
            isal_inflate_init(&st);
            st.crc_flag = ISAL_GZIP;
            st.next_in = in + start[i];
            st.avail_in = (uint32_t)(start[i + 1] - start[i]);
            st.next_out = out;
            st.avail_out = (uint32_t)OUT_CAP;
            if (isal_inflate(&st) != ISAL_DECOMP_OK) { fprintf(stderr, "isal_inflate failed on member %d\n", i); return 1; }
            out_isal += st.total_out;
        }
        double t2 = cpu_seconds();
        printf("libdeflate %.3f s  isa-l %.3f s  bytes %s  libdeflate/isa-l %.2f\n", t1 - t0, t2 - t1,
               out_ld == out_isal ? "equal" : "DIFFER", (t1 - t0) / (t2 - t1));
    }
    libdeflate_free_decompressor(ld);
    free(out);
    free(in);
    return 0;
}
