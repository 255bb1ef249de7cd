#include "CurlCalls.h"

typedef int (*edxplan_curl_variadic)(void *, int, ...);

int edxplan_curl_setopt_long(void *setopt, void *handle, int option, long value) {
    return ((edxplan_curl_variadic)setopt)(handle, option, value);
}

int edxplan_curl_setopt_pointer(void *setopt, void *handle, int option, const void *value) {
    return ((edxplan_curl_variadic)setopt)(handle, option, value);
}

int edxplan_curl_getinfo(void *getinfo, void *handle, int info, void *value) {
    return ((edxplan_curl_variadic)getinfo)(handle, info, value);
}
