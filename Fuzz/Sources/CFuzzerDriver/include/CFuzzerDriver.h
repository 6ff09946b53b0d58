#ifndef KG_CFUZZERDRIVER_H
#define KG_CFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer's driver (LLVMFuzzerRunDriver, in the libFuzzer runtime that
/// -sanitize=fuzzer links) with the program's arguments and the function under test.
int kg_fuzzer_run(int *argc, char ***argv, int (*test_one_input)(const uint8_t *data, size_t size));

#endif
