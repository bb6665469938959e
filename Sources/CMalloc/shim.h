// glibc's malloc tuning (mallopt), which the Glibc module does not export; berth run uses it to keep one arena.
#include <malloc.h>
