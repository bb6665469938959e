#ifndef BERTH_CGIT2_SHIM_H
#define BERTH_CGIT2_SHIM_H

#include <git2.h>

/// `git_libgit2_opts` is variadic: Swift cannot call it, so each option berth sets gets a wrapper.
static inline int berth_git_set_mwindow_mapped_limit(size_t limit) {
    return git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, limit);
}

/// Size of one mmap window over a pack file (bounds the pages a single read maps in).
static inline int berth_git_set_mwindow_size(size_t size) {
    return git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, size);
}

/// Total bytes libgit2 may keep in its object cache.
static inline int berth_git_set_cache_max_size(ssize_t bytes) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, bytes);
}

/// Whether libgit2 re-hashes every object it reads to check it against its id.
static inline int berth_git_enable_strict_hash_verification(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}

/// The `user-agent` libgit2 sends over HTTP.
static inline int berth_git_set_user_agent(const char *agent) {
    return git_libgit2_opts(GIT_OPT_SET_USER_AGENT, agent);
}

/// The `git_*_options` initialisers are macros Swift cannot import; these functions stand in for them.
static inline git_fetch_options berth_git_fetch_options_init(void) {
    git_fetch_options options = GIT_FETCH_OPTIONS_INIT;
    return options;
}

static inline git_push_options berth_git_push_options_init(void) {
    git_push_options options = GIT_PUSH_OPTIONS_INIT;
    return options;
}

static inline git_remote_connect_options berth_git_remote_connect_options_init(void) {
    git_remote_connect_options options = GIT_REMOTE_CONNECT_OPTIONS_INIT;
    return options;
}

static inline git_remote_callbacks berth_git_remote_callbacks_init(void) {
    git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
    return callbacks;
}

static inline git_diff_options berth_git_diff_options_init(void) {
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    return options;
}

#endif
