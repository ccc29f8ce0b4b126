// Default options of the sanitizer runtimes, compiled into every executable of a FAZHI_SANITIZE or
// FAZHI_FUZZ build. ASAN_OPTIONS / UBSAN_OPTIONS / LSAN_OPTIONS in the environment still override them.
// The runtimes call these before main(), so they must not be instrumented themselves.

#define FAZHI_NO_SANITIZE __attribute__((no_sanitize("address", "undefined"), used, visibility("default")))

extern "C" {

FAZHI_NO_SANITIZE const char *__asan_default_options()
{
    // A test's child processes (fazhi-cli) are sanitized too; report in their stderr and fail.
    return "halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1";
}

FAZHI_NO_SANITIZE const char *__ubsan_default_options()
{
    return "halt_on_error=1:print_stacktrace=1";
}

FAZHI_NO_SANITIZE const char *__lsan_default_options()
{
#ifdef FAZHI_LSAN_SUPPRESSIONS
    // One-time allocations of Qt's plugins and fontconfig that are never freed (see lsan.supp).
    return "suppressions=" FAZHI_LSAN_SUPPRESSIONS ":print_suppressions=0";
#else
    return "print_suppressions=0";
#endif
}

}  // extern "C"
