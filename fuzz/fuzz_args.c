/* fuzz_args.c: libFuzzer target for the command-line parser of `lede`
 * (tools/lede/args.c). The input is split at NUL bytes into argv[1..];
 * the parser must never crash, read out of bounds or leak, whatever the
 * words. Build: cmake -B build-fuzz -DCMAKE_C_COMPILER=clang -DLEDE_FUZZ=ON
 *               cmake --build build-fuzz --target fuzz_args */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../tools/lede/cli.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    char *copy = malloc(size + 1);
    char **argv = malloc((size + 3) * sizeof *argv); /* "lede", <= size+1 words, NULL */
    if (!copy || !argv) {
        free(copy);
        free(argv);
        return 0;
    }
    memcpy(copy, data, size);
    copy[size] = '\0';
    int argc = 0;
    argv[argc++] = (char *)"lede";
    for (size_t i = 0; i <= size;) {
        argv[argc++] = copy + i;
        i += strlen(copy + i) + 1;
    }
    argv[argc] = NULL;
    cli_args a;
    char err[128];
    int rc = cli_parse_args(argc, argv, &a, err, sizeof err);
    if (rc == CLI_ARGS_OK) {
        for (int i = 0; i < a.nfiles; i++)
            if (!a.files[i])
                abort();
    } else if (rc == CLI_ARGS_ERROR && !memchr(err, '\0', sizeof err)) {
        abort();
    }
    cli_args_free(&a);
    free(argv);
    free(copy);
    return 0;
}
