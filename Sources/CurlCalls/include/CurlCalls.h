#ifndef EDXPLAN_CURL_CALLS_H
#define EDXPLAN_CURL_CALLS_H

#include <stdint.h>

/// libcurl's curl_easy_setopt and curl_easy_getinfo are variadic. Swift cannot call a C
/// variadic function through a pointer, and libcurl is opened with dlopen (only when
/// `catalog update` downloads), so these take the pointer dlsym found and make the call
/// as C makes it. The signatures are libcurl's stable ABI: CURLcode and the option and
/// info numbers are C ints; long options take a long, the others a pointer.
int edxplan_curl_setopt_long(void *setopt, void *handle, int option, long value);
int edxplan_curl_setopt_pointer(void *setopt, void *handle, int option, const void *value);
int edxplan_curl_getinfo(void *getinfo, void *handle, int info, void *value);

#endif
