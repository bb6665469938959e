#ifndef BERTH_CCURL_SHIM_H
#define BERTH_CCURL_SHIM_H

#include <curl/curl.h>

/// `curl_easy_setopt` is variadic: one wrapper per argument type Swift passes.
static inline CURLcode berth_curl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode berth_curl_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode berth_curl_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode berth_curl_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode berth_curl_setopt_offset(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

/// Callbacks: libcurl takes them through the same variadic call, so each signature gets a typed setter.
typedef size_t (*berth_curl_data_callback)(char *buffer, size_t size, size_t count, void *context);
typedef int (*berth_curl_xferinfo_callback)(void *context, curl_off_t dltotal, curl_off_t dlnow,
                                            curl_off_t ultotal, curl_off_t ulnow);

static inline CURLcode berth_curl_setopt_data_callback(CURL *handle, CURLoption option,
                                                       berth_curl_data_callback callback) {
    return curl_easy_setopt(handle, option, callback);
}

static inline CURLcode berth_curl_setopt_xferinfo_callback(CURL *handle, CURLoption option,
                                                           berth_curl_xferinfo_callback callback) {
    return curl_easy_setopt(handle, option, callback);
}

/// `curl_easy_getinfo` is variadic too.
static inline CURLcode berth_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

#endif
